using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Dicta.Benchmarks.Synthetic;
using Dicta.Model;
using Dicta.Model.Text;

namespace Dicta.Benchmarks.Model;

/// <summary>
/// Writes one article straight into the model, without extraction: a headline, paragraphs of quotes and reported
/// speech with their spans (content, quotes, cue, mention), speakers, channels, topics, and narration between them.
/// The text reads like the text generator's articles, from the same word lists; the statements are what extraction
/// would find in it, by construction.
/// </summary>
internal sealed class ModelArticleWriter
{
    private static readonly string[] DirectCues = ["said", "said", "said", "told reporters", "added", "stressed", "noted", "said on {weekday}"];
    private static readonly string[] IndirectCues = ["said", "said", "stressed", "noted", "warned", "insisted", "argued"];
    private static readonly DateTimeOffset FirstDay = new(2019, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private const int Days = 8 * 365;

    private readonly Random _random;
    private readonly SpeakerPool _speakers;
    private readonly ImmutableArray<(SyntheticTopic Source, Topic Symbol)> _topics;
    private readonly StringBuilder _text = new();
    private readonly List<Block> _blocks = [];
    private readonly List<Sentence> _sentences = [];
    private readonly List<Statement> _statements = [];
    private readonly HashSet<string> _introduced = new(StringComparer.Ordinal);
    private (SyntheticTopic Source, Topic Symbol) _topic;
    private (SyntheticTopic Source, Topic Symbol)? _second;
    private Country _home = Vocabulary.Countries[0];
    private Country _other = Vocabulary.Countries[1];

    public ModelArticleWriter(Random random, SpeakerPool speakers, ImmutableArray<(SyntheticTopic Source, Topic Symbol)> topics)
    {
        _random = random;
        _speakers = speakers;
        _topics = topics;
    }

    /// <summary>An article <paramref name="id"/> with exactly <paramref name="statementCount"/> statements.</summary>
    public Article Write(string id, int statementCount)
    {
        _text.Clear();
        _blocks.Clear();
        _sentences.Clear();
        _statements.Clear();
        _introduced.Clear();
        _topic = _random.Pick(_topics);
        _second = _random.Chance(0.35) ? _random.Pick(_topics) : null;
        _home = _random.Pick(Vocabulary.Countries);
        _other = _random.Pick(Vocabulary.Countries);

        var title = Fill(_random.Pick(_topic.Source.Quotes));
        Paragraph(BlockKind.Title, () => Append(title));
        var newcomer = _random.Chance(0.5) ? _speakers.NextNewcomer() : ((SyntheticSpeaker, Speaker)?)null;
        for (var i = 0; i < statementCount; i++)
        {
            if (_random.Chance(0.25))
            {
                Paragraph(BlockKind.Paragraph, Narration);
            }

            var speaker = newcomer is { } first && (i == 0 || _random.Chance(0.15)) ? first : _speakers.NextRecurring();
            Paragraph(BlockKind.Paragraph, () =>
            {
                Statement(speaker);
                if (_random.Chance(0.3))
                {
                    Append(" ");
                    Narration();
                }
            });
        }

        var outlet = _random.Pick(_speakers.Outlets).Symbol;
        var published = FirstDay.AddDays(_random.Next(Days)).AddMinutes(_random.Next(24 * 60));
        var source = SourceText.From(_text.ToString(), id);
        return new Article(
            id,
            source,
            new ArticleMetadata(title, outlet.Name, published, _home.Capital.ToUpperInvariant(), $"https://example.org/{id}", id),
            _blocks,
            _sentences,
            _statements);
    }

    /// <summary>A block: its text, then a blank line (the last character of the block belongs to it, so blocks tile the text).</summary>
    private void Paragraph(BlockKind kind, Action write)
    {
        var start = _text.Length;
        write();
        _text.Append("\n\n");
        _blocks.Add(new Block(kind, TextSpan.FromBounds(start, _text.Length)));
    }

    private void Narration()
    {
        var start = _text.Length;
        Append(Capitalized(Fill(_random.Pick(_random.Chance(0.5) ? _topic.Source.Events : Vocabulary.Events)))).Append('.');
        _sentences.Add(new Sentence(TextSpan.FromBounds(start, _text.Length)));
    }

    /// <summary>One statement, in one sentence: a direct quote (45 %), reported speech (40 %) or a partial quote.</summary>
    private void Statement((SyntheticSpeaker Source, Speaker Symbol) speaker)
    {
        var start = _text.Length;
        var via = _random.Chance(0.12) ? _random.Pick(_speakers.Outlets).Symbol : null;
        var kind = _random.Next(20) switch { < 9 => StatementKind.Direct, < 17 => StatementKind.Indirect, _ => StatementKind.Partial };
        TextSpan content, mention, cue;
        ImmutableArray<TextSpan> quotes = [];
        switch (kind)
        {
            case StatementKind.Direct:
                Append("\u201C");
                content = Span(() => Quote(sentences: _random.Next(1, 3)));
                Append(",\u201D ");
                mention = Span(() => Mention(speaker.Source));
                Append(" ");
                cue = Span(() => Append(via is null ? Fill(_random.Pick(DirectCues)) : "told"));
                quotes = [content];
                break;
            case StatementKind.Indirect:
                mention = Span(() => Mention(speaker.Source));
                Append(" ");
                cue = Span(() => Append(via is null ? _random.Pick(IndirectCues) : "told"));
                Append(" ");
                content = Span(Claim);
                break;
            default:
                mention = Span(() => Mention(speaker.Source));
                Append(" ");
                cue = Span(() => Append("said"));
                Append(" ");
                var quote = default(TextSpan);
                content = Span(() =>
                {
                    Claim();
                    Append(" and called it \u201C");
                    quote = Span(() => Append(Fill(_random.Pick(Vocabulary.Quotes)).ToLowerInvariant()));
                    Append("\u201D");
                });
                quotes = [quote];
                break;
        }

        if (via is not null)
        {
            Append(kind == StatementKind.Direct ? " " : " in an interview with ").Append(via.Name);
        }

        Append(".");
        _sentences.Add(new Sentence(TextSpan.FromBounds(start, _text.Length)));
        _statements.Add(new Statement
        {
            Kind = kind,
            ContentSpan = content,
            QuoteSpans = quotes,
            CueSpan = cue,
            MentionSpan = mention,
            Speaker = speaker.Symbol,
            Via = via,
            Topics = _second is { } second && _random.Chance(0.5) ? [_topic.Symbol, second.Symbol] : [_topic.Symbol],
        });
    }

    private void Quote(int sentences)
    {
        for (var i = 0; i < sentences; i++)
        {
            if (i > 0)
            {
                Append(". ");
            }

            var template = _random.Chance(0.6) ? _random.Pick(_topic.Source.Quotes) : _random.Pick(Vocabulary.Quotes);
            Append(Capitalized(Fill(template)));
        }
    }

    private void Claim()
    {
        var predicate = _random.Chance(0.6) ? _random.Pick(_topic.Source.Predicates) : _random.Pick(Vocabulary.Predicates);
        Append(Fill(_random.Pick(Vocabulary.Subjects))).Append(' ').Append(Fill(predicate));
    }

    /// <summary>The speaker as the article names them: in full with their title the first time, by short name after.</summary>
    private void Mention(SyntheticSpeaker speaker)
    {
        if (_introduced.Add(speaker.Name))
        {
            Append(speaker.Title is { } title ? Capitalized(title) + " " + speaker.Name : Capitalized(speaker.Name));
        }
        else
        {
            Append(Capitalized(speaker.ShortName));
        }
    }

    private TextSpan Span(Action write)
    {
        var start = _text.Length;
        write();
        return TextSpan.FromBounds(start, _text.Length);
    }

    private StringBuilder Append(string text) => _text.Append(text);

    /// <summary>Fills the slots of a template ("{term}", "{country}", ...).</summary>
    private string Fill(string template) => Template.Fill(template, Slot);

    private string Slot(string name) => name switch
    {
        "term" => _random.Pick((_second is { } second && _random.Chance(0.3) ? second : _topic).Source.Terms),
        "label" => _topic.Source.Label,
        "country" => (_random.Chance(0.5) ? _home : _other).Name,
        "adj" => (_random.Chance(0.5) ? _home : _other).Adjective,
        "capital" => (_random.Chance(0.5) ? _home : _other).Capital,
        "city" => _random.Pick(Vocabulary.Countries).Capital,
        "event" => _random.Pick(Vocabulary.Meetings),
        "outlet" => _random.Pick(_speakers.Outlets).Source.Name,
        "day" => _random.Pick(Vocabulary.Days),
        "weekday" => _random.Pick(Vocabulary.Weekdays),
        "month" => _random.Pick(Vocabulary.Months),
        "year" => _random.Next(2019, 2027).ToString(CultureInfo.InvariantCulture),
        "ordinal" => _random.Pick(Vocabulary.Ordinals),
        "their" => "its",
        "small" => _random.Next(2, 16).ToString(CultureInfo.InvariantCulture),
        "number" => _random.Next(100, 999).ToString(CultureInfo.InvariantCulture),
        "percent" => string.Create(CultureInfo.InvariantCulture, $"{_random.Next(1, 300) / 10.0:0.0}%"),
        "money" => string.Create(CultureInfo.InvariantCulture, $"${_random.Next(10, 9999) / 10.0:0.0}bn"),
        _ => throw new InvalidOperationException($"Unknown template slot {{{name}}}."),
    };

    private static string Capitalized(string text) =>
        text.Length > 0 && char.IsLower(text[0]) ? string.Concat(char.ToUpperInvariant(text[0]).ToString(), text.AsSpan(1)) : text;
}
