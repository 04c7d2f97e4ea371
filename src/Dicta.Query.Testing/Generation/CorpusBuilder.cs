using System.Collections.Immutable;
using Dicta.Model;
using Dicta.Model.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Dicta.Query.Testing.Generation;

/// <summary>
/// Builds random articles in code: paragraphs of pool words, each statement over the words of one paragraph, with
/// quotes, cue and mention spans, speakers (a random part of what the pool knows of them), topics, and metadata.
/// </summary>
internal static class CorpusBuilder
{
    private static readonly string[] Separators = [" ", " ", " ", ", ", " — ", "; ", "\t"];
    private static readonly string[] ParagraphEnds = ["\n\n", "\n", "\r\n", "\u2029", "\r\n\r\n"];
    private static readonly string?[] Datelines = [null, "MOSCOW", "BEIJING, China"];

    /// <summary>A corpus of up to <see cref="CorpusGenerationOptions.MaxArticles"/> articles with distinct ids.</summary>
    public static Gen<Corpus> Corpus(CorpusGenerationOptions options)
    {
        var words = options.Words.Where(w => w.Length > 0).ToImmutableArray();
        if (words.IsEmpty || options.ArticleIds.IsEmpty || options.Speakers.IsEmpty)
        {
            throw new ArgumentException("The options need words, article ids and speakers.", nameof(options));
        }

        return from count in Gen.Choose(0, Math.Min(options.MaxArticles, options.ArticleIds.Length))
               from ids in Gen.Shuffle(options.ArticleIds.Distinct(StringComparer.Ordinal)).Select(all => all.Take(count).ToArray())
               from articles in Gen.CollectToArray(ids, id => Article(options, words, id))
               select Model.Corpus.Create(articles);
    }

    private static Gen<Article> Article(CorpusGenerationOptions options, ImmutableArray<string> words, string id) =>
        from outlet in Gen.Elements(options.Outlets.DefaultIfEmpty().AsEnumerable())
        from published in Gen.Elements(options.PublicationDates.DefaultIfEmpty().AsEnumerable())
        from dateline in Gen.Elements(Datelines)
        from statementCount in Gen.Choose(0, options.MaxStatementsPerArticle)
        from noise in Gen.Choose(0, 2)
        from paragraphs in Paragraph(words).ArrayOf(statementCount + noise)
        from ends in Gen.Elements(ParagraphEnds).ArrayOf(paragraphs.Length)
        from order in Gen.Shuffle(Enumerable.Range(0, paragraphs.Length))
        let layout = Layout(paragraphs, ends)
        from statements in Gen.CollectToArray(order.Take(statementCount), i => Statement(options, layout.Words[i], layout.AllWords))
        let source = SourceText.From(layout.Text, id + ".txt")
        select new Article(
            id,
            source,
            new ArticleMetadata(Title: id, Outlet: outlet, Published: published, Dateline: dateline, FileName: source.Path),
            layout.Blocks,
            layout.Sentences,
            statements);

    /// <summary>One paragraph: words and the separators after all but the last.</summary>
    private static Gen<(string[] Words, string[] Separators)> Paragraph(ImmutableArray<string> words) =>
        from count in Gen.Choose(1, 7)
        from chosen in Gen.Elements(words.AsEnumerable()).ArrayOf(count)
        from separators in Gen.Elements(Separators).ArrayOf(count - 1)
        select (chosen, separators);

    private static ArticleLayout Layout((string[] Words, string[] Separators)[] paragraphs, string[] ends)
    {
        var text = new System.Text.StringBuilder();
        var blocks = ImmutableArray.CreateBuilder<Block>();
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var wordSpans = ImmutableArray.CreateBuilder<ImmutableArray<TextSpan>>();
        for (var p = 0; p < paragraphs.Length; p++)
        {
            var (words, separators) = paragraphs[p];
            var start = text.Length;
            var spans = ImmutableArray.CreateBuilder<TextSpan>(words.Length);
            for (var w = 0; w < words.Length; w++)
            {
                spans.Add(new TextSpan(text.Length, words[w].Length));
                text.Append(words[w]);
                if (w < separators.Length)
                {
                    text.Append(separators[w]);
                }
            }

            sentences.Add(new Sentence(TextSpan.FromBounds(start, text.Length)));
            text.Append(ends[p]);
            blocks.Add(new Block(BlockKind.Paragraph, TextSpan.FromBounds(start, text.Length)));
            wordSpans.Add(spans.MoveToImmutable());
        }

        return new ArticleLayout(text.ToString(), blocks.ToImmutable(), sentences.ToImmutable(), wordSpans.ToImmutable());
    }

    /// <summary>A statement over the words of one paragraph; its cue and mention may be any word of the article.</summary>
    private static Gen<Statement> Statement(CorpusGenerationOptions options, ImmutableArray<TextSpan> words, ImmutableArray<TextSpan> allWords)
    {
        var speaker = SpeakerVariant(options);
        var optionalSpeaker = Gen.Frequency((2, Gen.Constant<Speaker?>(null)), (1, speaker.Select(s => (Speaker?)s)));
        var optionalWord = Gen.Frequency((1, Gen.Constant<TextSpan?>(null)), (2, Gen.Elements(allWords.AsEnumerable()).Select(s => (TextSpan?)s)));
        return from kind in Gen.Elements(StatementKind.Direct, StatementKind.Partial, StatementKind.Indirect)
               from first in Gen.Choose(0, words.Length - 1)
               from last in Gen.Choose(first, words.Length - 1)
               from quoteCount in kind == StatementKind.Indirect ? Gen.Constant(0) : Gen.Choose(0, 2)
               from quotes in WordRange(words, first, last).ArrayOf(quoteCount)
               from cue in optionalWord
               from mention in optionalWord
               from sayer in speaker
               from addressee in optionalSpeaker
               from via in optionalSpeaker
               from topics in Gen.SubListOf(options.Topics.AsEnumerable())
               from ambiguous in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
               from alternatives in ambiguous ? Gen.Choose(0, 2).SelectMany(n => speaker.ArrayOf(n)) : Gen.Constant(Array.Empty<Speaker>())
               select new Statement
               {
                   Kind = kind,
                   ContentSpan = TextSpan.FromBounds(words[first].Start, words[last].End),
                   QuoteSpans = [.. quotes],
                   CueSpan = cue,
                   MentionSpan = mention,
                   Speaker = sayer,
                   Addressee = addressee,
                   Via = via,
                   Topics = [.. topics],
                   IsAmbiguous = ambiguous,
                   Alternatives = [.. alternatives],
               };
    }

    private static Gen<TextSpan> WordRange(ImmutableArray<TextSpan> words, int first, int last) =>
        from a in Gen.Choose(first, last)
        from b in Gen.Choose(a, last)
        select TextSpan.FromBounds(words[a].Start, words[b].End);

    /// <summary>A pool speaker as one article knows it: some of its aliases, maybe without its country or role.</summary>
    private static Gen<Speaker> SpeakerVariant(CorpusGenerationOptions options) =>
        from speaker in Gen.Elements(options.Speakers.AsEnumerable())
        from aliases in Gen.SubListOf(speaker.Aliases.AsEnumerable())
        from country in Gen.Elements(speaker.Country, speaker.Country, null)
        from role in Gen.Elements(speaker.Role, null)
        select new Speaker(speaker.Name, speaker.Kind, aliases, country, role, speaker.Members);

    private sealed record ArticleLayout(
        string Text,
        ImmutableArray<Block> Blocks,
        ImmutableArray<Sentence> Sentences,
        ImmutableArray<ImmutableArray<TextSpan>> Words)
    {
        public ImmutableArray<TextSpan> AllWords { get; } = [.. Words.SelectMany(w => w)];
    }
}
