using System.Collections.Immutable;
using System.Text;
using Dicta.Model;

namespace Dicta.Extraction.Lexicons;

/// <summary>
/// A small gazetteer that resolves speaker mentions ("Putin", "the Russian leader", "China’s head of state",
/// "Moscow", "Taiwan's foreign ministry", "Kremlin aide Yuri Ushakov") to entries, maps demonyms to countries and
/// knows the role words of speaker phrases. The default ships as <c>Data/gazetteer.json</c> (its header documents
/// the format); users load their own file to replace it or <see cref="Extend"/> the default with it. Immutable:
/// patterns are expanded and names indexed once, on first use.
/// </summary>
public sealed class Gazetteer
{
    private readonly Lazy<GazetteerIndex> _index;

    /// <summary>Creates a gazetteer from its definitions; later definitions of a name are merged into earlier ones.</summary>
    /// <param name="countries">The countries.</param>
    /// <param name="definitions">The people, organizations and outlets.</param>
    /// <param name="institutions">The institutions every country has.</param>
    /// <param name="titlePatterns">Title patterns by <see cref="TitlePatternKeys"/> key.</param>
    /// <param name="titleSynonyms">Other names of titles ("Foreign Minister" → "top diplomat").</param>
    /// <param name="roleWords">The role words and phrases of speaker phrases.</param>
    /// <param name="descriptorWords">Other words that may stand before a name in a speaker phrase.</param>
    public Gazetteer(
        IEnumerable<GazetteerCountry> countries,
        IEnumerable<GazetteerDefinition> definitions,
        IEnumerable<GazetteerInstitution>? institutions = null,
        IReadOnlyDictionary<string, ImmutableArray<string>>? titlePatterns = null,
        IReadOnlyDictionary<string, ImmutableArray<string>>? titleSynonyms = null,
        IEnumerable<string>? roleWords = null,
        IEnumerable<string>? descriptorWords = null)
    {
        ArgumentNullException.ThrowIfNull(countries);
        ArgumentNullException.ThrowIfNull(definitions);
        Countries = MergeByName(countries, c => c.Name, (a, b) => a.Merge(b));
        Definitions = MergeByName(definitions, d => d.Name, (a, b) => a.Merge(b));
        Institutions = MergeByName(institutions ?? [], i => i.Key, (_, b) => b);
        TitlePatterns = Pool(titlePatterns);
        TitleSynonyms = Pool(titleSynonyms);
        RoleWords = [.. (roleWords ?? []).Distinct(StringComparer.OrdinalIgnoreCase)];
        DescriptorWords = [.. (descriptorWords ?? []).Distinct(StringComparer.OrdinalIgnoreCase)];
        _index = new Lazy<GazetteerIndex>(() => new GazetteerIndex(this), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The name of the default gazetteer file.</summary>
    public const string FileName = "gazetteer.json";

    /// <summary>The gazetteer with nothing in it.</summary>
    public static Gazetteer Empty { get; } = new([], []);

    private static readonly Lazy<Gazetteer> DefaultGazetteer =
        new(() => LexiconReader.LoadEmbedded<Gazetteer>(FileName, Empty, (reader, root) => GazetteerReader.Read(reader, root, basedOn: null)), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The gazetteer that ships with Dicta (<c>Data/gazetteer.json</c>), loaded once on first use.</summary>
    public static Gazetteer Default => DefaultGazetteer.Value;

    /// <summary>The countries, in file order.</summary>
    public ImmutableArray<GazetteerCountry> Countries { get; }

    /// <summary>The people, organizations and outlets, in file order.</summary>
    public ImmutableArray<GazetteerDefinition> Definitions { get; }

    /// <summary>The institutions every country has, in file order.</summary>
    public ImmutableArray<GazetteerInstitution> Institutions { get; }

    /// <summary>The title patterns by <see cref="TitlePatternKeys"/> key.</summary>
    public ImmutableDictionary<string, ImmutableArray<string>> TitlePatterns { get; }

    /// <summary>Other names of titles, by title (compared ignoring case).</summary>
    public ImmutableDictionary<string, ImmutableArray<string>> TitleSynonyms { get; }

    /// <summary>The role words and phrases of speaker phrases ("spokesman", "foreign minister", "head of state").</summary>
    public ImmutableArray<string> RoleWords { get; }

    /// <summary>Other words that may stand before a name in a speaker phrase ("former", "his").</summary>
    public ImmutableArray<string> DescriptorWords { get; }

    /// <summary>Every resolved entry, titles expanded: countries, then people, organizations and outlets, then institutions.</summary>
    public ImmutableArray<GazetteerEntry> Entries => _index.Value.Entries;

    /// <summary>The number of words of the longest role phrase, for matching them word by word.</summary>
    public int MaxRoleWords => _index.Value.MaxRoleWords;

    /// <summary>
    /// Reads a gazetteer from a JSON stream. Offices may refer to countries of this file or of
    /// <see cref="Default"/>; other references are reported as warnings.
    /// </summary>
    /// <param name="stream">The UTF-8 JSON.</param>
    /// <param name="path">The name shown in diagnostics.</param>
    public static LexiconLoadResult<Gazetteer> Load(Stream stream, string? path = null) =>
        LexiconReader.LoadStream(stream, path, Empty, (reader, root) => GazetteerReader.Read(reader, root, Default));

    /// <summary>Reads a gazetteer from a JSON file; an unreadable file gives an empty gazetteer and a diagnostic.</summary>
    public static LexiconLoadResult<Gazetteer> Load(string path) =>
        LexiconReader.LoadFile(path, Empty, (reader, root) => GazetteerReader.Read(reader, root, Default));

    /// <summary>Reads a gazetteer from JSON text.</summary>
    /// <param name="json">The JSON.</param>
    /// <param name="path">The name shown in diagnostics.</param>
    public static LexiconLoadResult<Gazetteer> Parse(string json, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return LexiconReader.Load(Encoding.UTF8.GetBytes(json), path ?? "(text)", Empty, (reader, root) => GazetteerReader.Read(reader, root, Default));
    }

    /// <summary>
    /// This gazetteer with <paramref name="other"/> merged in: a country, person, organization or outlet both
    /// define keeps the aliases and offices of both and takes the other's kind, country and role where it gives
    /// them; institutions of the same key are the other's; patterns, synonyms and words are pooled.
    /// </summary>
    public Gazetteer Extend(Gazetteer other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new Gazetteer(
            Countries.Concat(other.Countries),
            Definitions.Concat(other.Definitions),
            Institutions.Concat(other.Institutions),
            Combine(TitlePatterns, other.TitlePatterns),
            Combine(TitleSynonyms, other.TitleSynonyms),
            RoleWords.Concat(other.RoleWords),
            DescriptorWords.Concat(other.DescriptorWords));
    }

    /// <summary>
    /// The entries <paramref name="mention"/> may denote: by name, alias or title phrase (ignoring case,
    /// apostrophe style, full stops and "the"), or by a name after words of a speaker phrase ("Kremlin aide Yuri
    /// Ushakov", "his Chinese counterpart Xi Jinping"). With a <paramref name="date"/>, only titles held on that
    /// day count; without one, every holder of a title is a candidate.
    /// </summary>
    public ImmutableArray<GazetteerEntry> Lookup(string mention, DateOnly? date = null)
    {
        ArgumentNullException.ThrowIfNull(mention);
        return _index.Value.Lookup(mention, date);
    }

    /// <summary>Resolves <paramref name="mention"/> when it denotes exactly one entry (see <see cref="Lookup"/>).</summary>
    public bool TryResolve(string mention, out GazetteerEntry entry) => TryResolve(mention, null, out entry);

    /// <summary>Resolves <paramref name="mention"/> as of <paramref name="date"/> when it denotes exactly one entry.</summary>
    public bool TryResolve(string mention, DateOnly? date, out GazetteerEntry entry)
    {
        var candidates = Lookup(mention, date);
        entry = candidates.Length == 1 ? candidates[0] : null!;
        return candidates.Length == 1;
    }

    /// <summary>The speaker symbol of the one entry <paramref name="mention"/> denotes (see <see cref="TryResolve(string, DateOnly?, out GazetteerEntry)"/>), or null.</summary>
    internal Speaker? ResolveSpeaker(string mention, DateOnly? date)
    {
        var index = _index.Value;
        var entry = index.Resolve(mention, date);
        return entry >= 0 ? index.Speakers[entry] : null;
    }

    /// <summary>The speaker symbols of the entries <paramref name="mention"/> may denote (see <see cref="Lookup"/>), in the same order.</summary>
    internal ImmutableArray<Speaker> LookupSpeakers(string mention, DateOnly? date) => _index.Value.LookupSpeakers(mention, date);

    /// <summary>The canonical name of the country of a demonym or adjective ("Russian", "Americans", "U.S."), or null.</summary>
    public string? CountryOfDemonym(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return _index.Value.CountryOfDemonym(word);
    }

    /// <summary>Finds a country by name, alias, capital or metonym ("Moscow", "U.K.").</summary>
    public bool TryGetCountry(string name, out GazetteerCountry country)
    {
        ArgumentNullException.ThrowIfNull(name);
        country = _index.Value.Country(name)!;
        return country is not null;
    }

    /// <summary>True when <paramref name="wordOrPhrase"/> (or its plural) is a role word or phrase: "spokesman", "Prime Ministers".</summary>
    public bool IsRoleWord(string wordOrPhrase)
    {
        ArgumentNullException.ThrowIfNull(wordOrPhrase);
        return _index.Value.IsRoleWord(wordOrPhrase);
    }

    /// <summary>
    /// The number of words of the longest role phrase that starts at <paramref name="start"/> in
    /// <paramref name="words"/> ("Foreign", "Minister", "Sergei" → 2), or 0.
    /// </summary>
    public int MatchRolePhrase(IReadOnlyList<string> words, int start)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        for (var length = Math.Min(MaxRoleWords, words.Count - start); length > 0; length--)
        {
            if (_index.Value.IsRoleWord(string.Join(' ', words.Skip(start).Take(length))))
            {
                return length;
            }
        }

        return 0;
    }

    /// <summary>
    /// True for a word that may stand before a name in a speaker phrase: role words, country names, adjectives
    /// and demonyms, words of organization names, and the descriptor words ("former", "his").
    /// </summary>
    public bool IsDescriptorWord(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return _index.Value.IsDescriptorWord(word);
    }

    private static ImmutableArray<T> MergeByName<T>(IEnumerable<T> items, Func<T, string> name, Func<T, T, T> merge)
    {
        var order = new List<string>();
        var byName = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in items)
        {
            ArgumentNullException.ThrowIfNull(item);
            var key = name(item);
            if (byName.TryGetValue(key, out var existing))
            {
                byName[key] = merge(existing, item);
            }
            else
            {
                order.Add(key);
                byName.Add(key, item);
            }
        }

        return [.. order.Select(k => byName[k])];
    }

    private static ImmutableDictionary<string, ImmutableArray<string>> Pool(IReadOnlyDictionary<string, ImmutableArray<string>>? map) =>
        (map ?? ImmutableDictionary<string, ImmutableArray<string>>.Empty)
            .ToImmutableDictionary(p => p.Key, p => p.Value.IsDefault ? [] : p.Value, StringComparer.OrdinalIgnoreCase);

    private static Dictionary<string, ImmutableArray<string>> Combine(
        ImmutableDictionary<string, ImmutableArray<string>> mine,
        ImmutableDictionary<string, ImmutableArray<string>> theirs)
    {
        var combined = new Dictionary<string, ImmutableArray<string>>(mine, StringComparer.OrdinalIgnoreCase);
        foreach (var (key, values) in theirs)
        {
            combined[key] = combined.TryGetValue(key, out var existing)
                ? [.. existing.Concat(values).Distinct(StringComparer.OrdinalIgnoreCase)]
                : values;
        }

        return combined;
    }
}
