using System.Collections.Immutable;
using System.Text;
using Dicta.Model;

namespace Dicta.Extraction.Lexicons;

/// <summary>
/// The topics statements are tagged with, and the terms that signal each. The default ships as
/// <c>Data/topics.json</c>; users load their own file to replace it, or <see cref="Extend"/> the default with it.
/// Immutable: the terms are compiled into a matcher once, on first use.
/// </summary>
/// <remarks>
/// File format (comments and trailing commas allowed):
/// <code>
/// {
///   "topics": [ { "slug": "sanctions", "label": "Sanctions", "terms": ["sanction", "embargo"], "replace": false } ],
///   "ignore": [ "social security" ]
/// }
/// </code>
/// <c>ignore</c> lists phrases that match but tag nothing, so they shadow the shorter terms inside them.
/// </remarks>
public sealed class TopicLexicon
{
    private readonly Lazy<TopicTagger> _tagger;

    /// <summary>Creates a lexicon from topic definitions; a later definition of a slug replaces an earlier one.</summary>
    /// <param name="topics">The topics and their terms.</param>
    /// <param name="ignored">Phrases that match but tag nothing.</param>
    /// <exception cref="ArgumentException">An ignored phrase has no words or a misplaced <c>*</c>.</exception>
    public TopicLexicon(IEnumerable<TopicDefinition> topics, IEnumerable<string>? ignored = null)
    {
        ArgumentNullException.ThrowIfNull(topics);
        var bySlug = new Dictionary<string, int>(StringComparer.Ordinal);
        var list = new List<TopicDefinition>();
        foreach (var topic in topics)
        {
            ArgumentNullException.ThrowIfNull(topic);
            if (bySlug.TryGetValue(topic.Slug, out var index))
            {
                list[index] = topic;
            }
            else
            {
                bySlug.Add(topic.Slug, list.Count);
                list.Add(topic);
            }
        }

        var phrases = ImmutableArray.CreateBuilder<string>();
        foreach (var phrase in ignored ?? [])
        {
            if (!TopicTerm.TryParse(phrase ?? string.Empty, out _, out var error))
            {
                throw new ArgumentException(error, nameof(ignored));
            }

            phrases.Add(phrase!.Trim());
        }

        Definitions = [.. list];
        Topics = [.. list.Select(d => d.Topic)];
        Ignored = [.. phrases.Distinct(StringComparer.OrdinalIgnoreCase)];
        _tagger = new Lazy<TopicTagger>(() => TopicTagger.Compile(Definitions, Ignored), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The name of the default lexicon file.</summary>
    public const string FileName = "topics.json";

    /// <summary>The lexicon with no topics: tags nothing.</summary>
    public static TopicLexicon Empty { get; } = new([]);

    private static readonly Lazy<TopicLexicon> DefaultLexicon =
        new(() => LexiconReader.LoadEmbedded<TopicLexicon>(FileName, Empty, TopicLexiconReader.Read), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The lexicon that ships with Dicta (<c>Data/topics.json</c>), loaded once on first use.</summary>
    public static TopicLexicon Default => DefaultLexicon.Value;

    /// <summary>The topic definitions, in file order.</summary>
    public ImmutableArray<TopicDefinition> Definitions { get; }

    /// <summary>The topic symbols, in file order.</summary>
    public ImmutableArray<Topic> Topics { get; }

    /// <summary>Phrases that match but tag nothing, shadowing the terms inside them.</summary>
    public ImmutableArray<string> Ignored { get; }

    /// <summary>Reads a lexicon from a JSON stream; problems become diagnostics located in <paramref name="path"/>.</summary>
    /// <param name="stream">The UTF-8 JSON.</param>
    /// <param name="path">The name shown in diagnostics.</param>
    public static LexiconLoadResult<TopicLexicon> Load(Stream stream, string? path = null) =>
        LexiconReader.LoadStream(stream, path, Empty, TopicLexiconReader.Read);

    /// <summary>Reads a lexicon from a JSON file; an unreadable file gives an empty lexicon and a diagnostic.</summary>
    public static LexiconLoadResult<TopicLexicon> Load(string path) =>
        LexiconReader.LoadFile(path, Empty, TopicLexiconReader.Read);

    /// <summary>Reads a lexicon from JSON text.</summary>
    /// <param name="json">The JSON.</param>
    /// <param name="path">The name shown in diagnostics.</param>
    public static LexiconLoadResult<TopicLexicon> Parse(string json, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return LexiconReader.Load(Encoding.UTF8.GetBytes(json), path ?? "(text)", Empty, TopicLexiconReader.Read);
    }

    /// <summary>
    /// This lexicon with <paramref name="other"/>'s topics merged in: a slug both have takes the other's label
    /// and the terms of both (or only the other's, when its definition <see cref="TopicDefinition.ReplacesTerms"/>);
    /// new slugs come after this lexicon's; ignored phrases are pooled.
    /// </summary>
    public TopicLexicon Extend(TopicLexicon other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var theirs = other.Definitions.ToDictionary(d => d.Slug, StringComparer.Ordinal);
        var merged = Definitions.Select(mine => theirs.TryGetValue(mine.Slug, out var their)
            ? new TopicDefinition(mine.Slug, their.Label, their.ReplacesTerms ? their.Terms : mine.Terms.Concat(their.Terms))
            : mine);
        var added = other.Definitions.Where(d => !Definitions.Any(mine => string.Equals(mine.Slug, d.Slug, StringComparison.Ordinal)));
        return new TopicLexicon(merged.Concat(added.Select(d => new TopicDefinition(d.Slug, d.Label, d.Terms))), Ignored.Concat(other.Ignored));
    }

    /// <summary>Finds a topic by slug or label, ignoring case.</summary>
    public bool TryGetTopic(string name, out Topic topic)
    {
        topic = Topics.FirstOrDefault(t => t.IsNamed(name))!;
        return topic is not null;
    }

    /// <summary>
    /// The topics whose terms occur in <paramref name="text"/>, each once, in lexicon order. Terms match whole
    /// words, ignoring case, leftmost-longest (see <see cref="Matches"/>).
    /// </summary>
    public ImmutableArray<Topic> Tag(ReadOnlySpan<char> text) => _tagger.Value.Tag(text);

    /// <summary>Each occurrence of a term in <paramref name="text"/>, in text order, with spans relative to its start.</summary>
    public ImmutableArray<TopicMatch> Matches(ReadOnlySpan<char> text) => _tagger.Value.Matches(text);
}
