using System.Collections.Immutable;
using System.Globalization;
using Dicta.Model;
using Dicta.Query.Schema;
using Dicta.Query.Syntax;
using Dicta.Query.Testing.Generation;

namespace Dicta.Query.Testing;

/// <summary>
/// What generated queries are about: the sources they start from, the values they compare fields with, the regular
/// expressions they match, the parameters they may use, and how deep their conditions nest. Start from
/// <see cref="Default"/>, <see cref="For(Corpus)"/> or <see cref="For(CorpusGenerationOptions)"/>, and add your own names
/// with <see cref="WithValues"/>: <c>QueryGenerationOptions.Default.WithValues("topic", "nuclear", "energy")</c>.
/// </summary>
public sealed record QueryGenerationOptions
{
    private static readonly ImmutableDictionary<string, ImmutableArray<object>> NoValues =
        ImmutableDictionary.Create<string, ImmutableArray<object>>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Queries about the names of <see cref="CorpusGenerationOptions.Default"/>, so that they match rows of generated corpora.</summary>
    public static QueryGenerationOptions Default { get; } = For(CorpusGenerationOptions.Default);

    /// <summary>The sources queries start from (names of <see cref="QuerySchema.Default"/>).</summary>
    public ImmutableArray<string> Sources { get; init; } = [.. QuerySchema.Default.Sources.Select(s => s.Name)];

    /// <summary>
    /// The values a field is compared with, by key: <c>source.path</c> (<c>speakers.name</c>), the path
    /// (<c>speaker.country</c>) or the field's own name (<c>country</c>), tried in that order, ignoring case. Values are
    /// strings, numbers, <see cref="DateOnly"/>s or booleans; those that do not fit the field's type are skipped, and a
    /// field with none falls back to <see cref="Texts"/>, <see cref="Numbers"/> or <see cref="Dates"/>.
    /// </summary>
    public ImmutableDictionary<string, ImmutableArray<object>> Values { get; init; } = NoValues;

    /// <summary>Text to compare text fields with when <see cref="Values"/> has nothing for them: words, parts of words, the empty string.</summary>
    public ImmutableArray<string> Texts { get; init; } = ["the", "world", "zzz", string.Empty, "e"];

    /// <summary>Numbers to compare number fields with.</summary>
    public ImmutableArray<decimal> Numbers { get; init; } = [0m, 1m, 2m, 3m, 5m, 10m, 0.5m, 2.50m];

    /// <summary>Dates to compare date fields with.</summary>
    public ImmutableArray<DateOnly> Dates { get; init; } = [new(2022, 9, 15), new(2023, 1, 1)];

    /// <summary>The regular expressions <c>matches</c> uses (they must compile for queries that bind).</summary>
    public ImmutableArray<RegexLiteral> Patterns { get; init; } =
    [
        new("wa+r", "i"), new("^the", string.Empty), new("multipolar|unipolar", "i"), new(@"\bchina", "i"), new("a/b|ß", string.Empty),
        new("(?=w)wor", "s"), new(@"\d+", "x"), new("λ", "i"),
    ];

    /// <summary>
    /// The parameters queries may use, by name without <c>$</c>, each where its value fits: text, a number, a
    /// <see cref="DateOnly"/> or a boolean. Pass the same dictionary when binding. Empty by default: no parameters.
    /// </summary>
    public ImmutableDictionary<string, object?> Parameters { get; init; } = ImmutableDictionary<string, object?>.Empty;

    /// <summary>How many levels of <c>and</c>, <c>or</c>, <c>not</c> and parentheses a condition has at most (at full size).</summary>
    public int MaxDepth { get; init; } = 3;

    /// <summary>These options with <paramref name="values"/> as the values of <paramref name="key"/> (see <see cref="Values"/>).</summary>
    public QueryGenerationOptions WithValues(string key, params IEnumerable<object> values)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(values);
        return this with { Values = Values.WithComparers(StringComparer.OrdinalIgnoreCase).SetItem(key, [.. values]) };
    }

    /// <summary>Queries about the speakers, topics, outlets, dates and words of <paramref name="corpus"/>.</summary>
    public static QueryGenerationOptions For(Corpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var words = corpus.Statements
            .SelectMany(s => s.Content.ToString().Split([' ', '\n', '\r', '\t', ','], StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.Ordinal)
            .Take(40);
        var dates = corpus.Articles.Select(a => a.Metadata.Published).OfType<DateTimeOffset>().Select(d => DateOnly.FromDateTime(d.DateTime));
        return Build(
            corpus.Speakers,
            corpus.Topics,
            corpus.Articles.Select(a => a.Metadata.Outlet).OfType<string>(),
            corpus.Articles.Select(a => a.Id),
            corpus.Articles.Select(a => a.Metadata.Title).OfType<string>(),
            dates,
            words);
    }

    /// <summary>Queries about the names the corpora of <paramref name="corpora"/> are made of.</summary>
    public static QueryGenerationOptions For(CorpusGenerationOptions corpora)
    {
        ArgumentNullException.ThrowIfNull(corpora);
        var dates = corpora.PublicationDates.OfType<DateTimeOffset>().Select(d => DateOnly.FromDateTime(d.DateTime));
        return Build(
            corpora.Speakers.SelectMany(s => s.SelfAndMembers()),
            corpora.Topics,
            corpora.Outlets.OfType<string>(),
            corpora.ArticleIds,
            corpora.ArticleIds,
            dates,
            corpora.Words);
    }

    /// <summary>The values for <paramref name="path"/> of <paramref name="source"/> that fit its type.</summary>
    internal ImmutableArray<object> ValuesFor(string source, FieldPath path)
    {
        var type = path.Type;
        var listed = new[] { $"{source}.{path.Text}", path.Text, path.Names[^1] }
            .Select(key => Values.TryGetValue(key, out var values) ? values : default)
            .FirstOrDefault(values => !values.IsDefaultOrEmpty);
        var fitting = listed.IsDefault ? [] : listed.Where(v => Fits(v, type)).ToImmutableArray();
        if (!fitting.IsEmpty)
        {
            return fitting;
        }

        return type switch
        {
            QueryType.Number => [.. Numbers.Cast<object>()],
            QueryType.Date => [.. Dates.Cast<object>()],
            QueryType.Boolean => [true, false],
            _ => [.. Texts],
        };
    }

    /// <summary>True when a host value can stand on the right of a comparison with a value of <paramref name="type"/>.</summary>
    internal static bool Fits(object? value, QueryType type) => (value, type) switch
    {
        (string, QueryType.Text or QueryType.Speaker or QueryType.Topic or QueryType.Article) => true,
        (DateOnly, QueryType.Date) => true,
        (bool, QueryType.Boolean) => true,
        (not null, QueryType.Number) => Literals.AsNumber(value) is not null,
        _ => false,
    };

    private static QueryGenerationOptions Build(
        IEnumerable<Speaker> speakers,
        IEnumerable<Topic> topics,
        IEnumerable<string> outlets,
        IEnumerable<string> ids,
        IEnumerable<string> titles,
        IEnumerable<DateOnly> dates,
        IEnumerable<string> words)
    {
        var speakerList = speakers.DistinctBy(s => s.Name, StringComparer.Ordinal).ToList();
        var topicList = topics.ToList();
        var wordList = words.ToList();
        ImmutableArray<object> speakerNames = [.. speakerList.SelectMany(s => s.Aliases.Prepend(s.Name)).Distinct(StringComparer.Ordinal).Append("nobody"), .. speakerList.Take(1).Select(s => s.Name.ToUpperInvariant())];
        ImmutableArray<object> topicNames = [.. topicList.SelectMany(t => new[] { t.Slug, t.Label }).Distinct(StringComparer.Ordinal).Append("none")];
        ImmutableArray<object> countries = [.. speakerList.Select(s => s.Country).OfType<string>().Distinct(StringComparer.Ordinal).Append("France")];
        ImmutableArray<object> roles = [.. speakerList.Select(s => s.Role).OfType<string>().Distinct(StringComparer.Ordinal).Append("King")];
        ImmutableArray<object> idList = [.. ids.Distinct(StringComparer.Ordinal).Append("nothing.txt")];
        ImmutableArray<object> outletList = [.. outlets.Distinct(StringComparer.Ordinal).Append("Pravda")];
        var dateList = dates.Distinct().SelectMany(d => new[] { d, d.AddDays(1) }).Distinct().ToImmutableArray();
        var options = new QueryGenerationOptions
        {
            Texts = [.. wordList.Take(30), .. wordList.Take(3).Select(w => w.ToUpperInvariant()), "zzz", string.Empty, "e"],
        };
        options = dateList.IsEmpty ? options : options with { Dates = dateList };
        return options
            .WithValues("speaker", speakerNames)
            .WithValues("addressee", speakerNames)
            .WithValues("via", speakerNames)
            .WithValues("alias", speakerNames)
            .WithValues("speakers.name", speakerNames)
            .WithValues("speaker.name", speakerNames)
            .WithValues("topic", topicNames)
            .WithValues("topics.name", topicNames)
            .WithValues("topics.label", topicNames)
            .WithValues("country", countries)
            .WithValues("role", roles)
            .WithValues("type", "person", "organization", "outlet", "group", "Person")
            .WithValues("kind", "direct", "partial", "indirect", "DIRECT")
            .WithValues("article", idList)
            .WithValues("id", idList)
            .WithValues("title", [.. titles.Distinct(StringComparer.Ordinal), "none"])
            .WithValues("outlet", outletList)
            .WithValues("statements", 0m, 1m, 2m, 3m, 5m)
            .WithValues("line", 1m, 2m, 3m, 4m, 6m, 10m)
            .WithValues("cue", "said", "told", "according to");
    }

    /// <summary>The number of values and the sources, for counterexamples.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"QueryGenerationOptions {{ Sources = {string.Join(", ", Sources)}, {Values.Count} value lists, {Parameters.Count} parameters, MaxDepth = {MaxDepth} }}");
}
