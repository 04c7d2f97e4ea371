using System.Collections.Immutable;
using Dicta.Model;

namespace Dicta.Extraction.Lexicons;

/// <summary>
/// The look-up tables of a <see cref="Gazetteer"/>, built once on first use: every name, alias, expanded
/// title phrase and institution name by its <see cref="GazetteerKey"/>, the demonyms, and the words of speaker
/// phrases.
/// </summary>
internal sealed class GazetteerIndex
{
    private readonly Dictionary<string, List<Candidate>> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _demonyms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GazetteerCountry> _countries = new(StringComparer.Ordinal);
    private readonly HashSet<string> _roleWords = new(StringComparer.Ordinal);
    private readonly HashSet<string> _descriptorWords = new(StringComparer.Ordinal);

    // The same tables, asked by a key normalized into a buffer: look-ups allocate nothing.
    private readonly Dictionary<string, List<Candidate>>.AlternateLookup<ReadOnlySpan<char>> _byKeyLookup;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _demonymLookup;
    private readonly Dictionary<string, GazetteerCountry>.AlternateLookup<ReadOnlySpan<char>> _countryLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _roleWordLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _descriptorWordLookup;

    public GazetteerIndex(Gazetteer gazetteer)
    {
        _byKeyLookup = _byKey.GetAlternateLookup<ReadOnlySpan<char>>();
        _demonymLookup = _demonyms.GetAlternateLookup<ReadOnlySpan<char>>();
        _countryLookup = _countries.GetAlternateLookup<ReadOnlySpan<char>>();
        _roleWordLookup = _roleWords.GetAlternateLookup<ReadOnlySpan<char>>();
        _descriptorWordLookup = _descriptorWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var builders = new Dictionary<string, EntryBuilder>(StringComparer.OrdinalIgnoreCase);
        var countries = gazetteer.Countries.ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var country in gazetteer.Countries)
        {
            var entry = Builder(builders, country.Name, SpeakerKind.Organization, country.Name, null);
            entry.Aliases.AddRange(country.Aliases);
            entry.Aliases.AddRange(country.Metonyms);
            if (country.Capital is { } capital)
            {
                entry.Aliases.Add(capital);
            }

            foreach (var name in Names(country))
            {
                _countries.TryAdd(GazetteerKey.Normalize(name), country);
            }

            foreach (var word in country.Adjectives.Concat(country.Demonyms).Append(country.Name))
            {
                _demonyms.TryAdd(GazetteerKey.Normalize(word), country.Name);
            }
        }

        foreach (var definition in gazetteer.Definitions)
        {
            var entry = Builder(builders, definition.Name, definition.Kind, definition.Country, definition.Role);
            entry.Aliases.AddRange(definition.Aliases);
            foreach (var office in definition.Offices)
            {
                entry.Titles.AddRange(Titles(gazetteer, countries, office));
            }
        }

        foreach (var institution in gazetteer.Institutions)
        {
            foreach (var country in gazetteer.Countries)
            {
                AddInstitution(builders, institution, country);
            }
        }

        Entries = [.. builders.Values.Select(b => b.Build())];
        Speakers = [.. Entries.Select(e => e.ToSpeaker())];
        for (var i = 0; i < Entries.Length; i++)
        {
            Index(GazetteerKey.Normalize(Entries[i].Name), new Candidate(i, null, null, IsName: true));
            foreach (var alias in Entries[i].Aliases)
            {
                Index(GazetteerKey.Normalize(alias), new Candidate(i, null, null, IsName: true));
            }

            foreach (var title in Entries[i].Titles)
            {
                Index(GazetteerKey.Normalize(title.Phrase), new Candidate(i, title.From, title.To, IsName: false));
            }
        }

        foreach (var role in gazetteer.RoleWords)
        {
            var key = GazetteerKey.Normalize(role);
            _roleWords.Add(key);
            MaxRoleWords = Math.Max(MaxRoleWords, GazetteerKey.Words(key).Length);
        }

        var descriptorSources = gazetteer.DescriptorWords
            .Concat(gazetteer.RoleWords)
            .Concat(gazetteer.Countries.SelectMany(c => Names(c).Concat(c.Adjectives).Concat(c.Demonyms)))
            .Concat(Entries.Where(e => e.Kind != SpeakerKind.Person).SelectMany(e => e.Aliases.Prepend(e.Name)));
        foreach (var source in descriptorSources)
        {
            foreach (var word in GazetteerKey.Words(GazetteerKey.Normalize(source)))
            {
                _descriptorWords.Add(GazetteerKey.WithoutPossessive(word));
            }
        }
    }

    /// <summary>Every resolved entry: countries, then people, organizations and outlets, then institutions.</summary>
    public ImmutableArray<GazetteerEntry> Entries { get; }

    /// <summary>The speaker symbol of each entry, by the entry's position in <see cref="Entries"/>: made once, not on every look-up.</summary>
    public ImmutableArray<Speaker> Speakers { get; }

    /// <summary>The number of words of the longest role phrase.</summary>
    public int MaxRoleWords { get; }

    /// <summary>
    /// The position in <see cref="Entries"/> of the one entry <paramref name="mention"/> denotes, or -1 when it denotes
    /// none or several: what <see cref="Lookup"/> finds, without collecting it.
    /// </summary>
    public int Resolve(ReadOnlySpan<char> mention, DateOnly? date) =>
        TryFind(mention, date, out var candidates, out var namesOnly) && SelectOne(candidates, date, namesOnly) is >= 0 and var entry ? entry : -1;

    /// <summary>The entries a mention denotes (on <paramref name="date"/>, when given); see <see cref="Gazetteer.Lookup"/>.</summary>
    public ImmutableArray<GazetteerEntry> Lookup(ReadOnlySpan<char> mention, DateOnly? date) => Collect(mention, date, Entries);

    /// <summary>The speaker symbols of the entries <see cref="Lookup"/> finds, in the same order.</summary>
    public ImmutableArray<Speaker> LookupSpeakers(ReadOnlySpan<char> mention, DateOnly? date) => Collect(mention, date, Speakers);

    /// <summary>The items of <paramref name="byEntry"/> (one per entry) of the entries a mention denotes, each once.</summary>
    private ImmutableArray<T> Collect<T>(ReadOnlySpan<char> mention, DateOnly? date, ImmutableArray<T> byEntry)
        where T : class
    {
        if (!TryFind(mention, date, out var candidates, out var namesOnly))
        {
            return [];
        }

        var found = ImmutableArray.CreateBuilder<T>(candidates.Count);
        foreach (var candidate in candidates)
        {
            // Each entry and speaker is its own object, so a reference test tells them apart; a key has few candidates.
            var item = byEntry[candidate.Entry];
            if (Fits(candidate, date, namesOnly) && !ContainsReference(found, item))
            {
                found.Add(item);
            }
        }

        return found.Count == found.Capacity ? found.MoveToImmutable() : found.ToImmutable();
    }

    /// <summary>The country a demonym or adjective ("Russian", "Americans", "U.S.") belongs to, or null.</summary>
    public string? CountryOfDemonym(ReadOnlySpan<char> word)
    {
        var buffer = word.Length <= GazetteerKey.StackLimit ? stackalloc char[GazetteerKey.StackLimit] : new char[word.Length];
        ReadOnlySpan<char> key = buffer[..GazetteerKey.Normalize(word, buffer)];
        return _demonymLookup.TryGetValue(key, out var country) || _demonymLookup.TryGetValue(GazetteerKey.WithoutPossessive(key), out country)
            ? country
            : null;
    }

    /// <summary>The country named by its name, an alias, its capital or a metonym.</summary>
    public GazetteerCountry? Country(ReadOnlySpan<char> name)
    {
        var buffer = name.Length <= GazetteerKey.StackLimit ? stackalloc char[GazetteerKey.StackLimit] : new char[name.Length];
        return _countryLookup.TryGetValue(buffer[..GazetteerKey.Normalize(name, buffer)], out var country) ? country : null;
    }

    /// <summary>True when the normalized phrase, or its singular, is a role word or phrase.</summary>
    public bool IsRoleWord(ReadOnlySpan<char> phrase)
    {
        var buffer = phrase.Length <= GazetteerKey.StackLimit ? stackalloc char[GazetteerKey.StackLimit] : new char[phrase.Length];
        ReadOnlySpan<char> key = buffer[..GazetteerKey.Normalize(phrase, buffer)];
        return !key.IsEmpty && ContainsSingular(_roleWordLookup, key);
    }

    /// <summary>True for a word that may stand before a name in a speaker phrase.</summary>
    public bool IsDescriptorWord(ReadOnlySpan<char> word)
    {
        var buffer = word.Length <= GazetteerKey.StackLimit ? stackalloc char[GazetteerKey.StackLimit] : new char[word.Length];
        var key = GazetteerKey.WithoutPossessive(buffer[..GazetteerKey.Normalize(word, buffer)]);
        return !key.IsEmpty && ContainsSingular(_descriptorWordLookup, key);
    }

    /// <summary>
    /// True when <paramref name="words"/> holds the key or one of its singular readings: "spokesmen" → "spokesman",
    /// "secretaries" → "secretary", "officials" → "official".
    /// </summary>
    private static bool ContainsSingular(HashSet<string>.AlternateLookup<ReadOnlySpan<char>> words, ReadOnlySpan<char> key)
    {
        if (words.Contains(key))
        {
            return true;
        }

        if (key.EndsWith("men", StringComparison.Ordinal))
        {
            var man = key.Length <= GazetteerKey.StackLimit ? stackalloc char[key.Length] : new char[key.Length];
            key[..^3].CopyTo(man);
            "man".CopyTo(man[^3..]);
            if (words.Contains(man))
            {
                return true;
            }
        }

        if (key.EndsWith("ies", StringComparison.Ordinal))
        {
            var y = key.Length <= GazetteerKey.StackLimit ? stackalloc char[key.Length - 2] : new char[key.Length - 2];
            key[..^3].CopyTo(y);
            y[^1] = 'y';
            if (words.Contains(y))
            {
                return true;
            }
        }

        return (key.EndsWith("es", StringComparison.Ordinal) && words.Contains(key[..^2]))
            || (key.EndsWith('s') && words.Contains(key[..^1]));
    }

    /// <summary>
    /// The candidates of the key of <paramref name="mention"/> when one of them fits; else, for "Kremlin aide Yuri
    /// Ushakov" or "his Chinese counterpart Xi Jinping", those of the first name after words of a speaker phrase that
    /// has a fitting name. <paramref name="namesOnly"/> tells which: only names count after a speaker phrase.
    /// </summary>
    private bool TryFind(ReadOnlySpan<char> mention, DateOnly? date, out List<Candidate> candidates, out bool namesOnly)
    {
        var buffer = mention.Length <= GazetteerKey.StackLimit ? stackalloc char[GazetteerKey.StackLimit] : new char[mention.Length];
        ReadOnlySpan<char> key = buffer[..GazetteerKey.Normalize(mention, buffer)];
        namesOnly = false;
        if (key.IsEmpty)
        {
            candidates = null!;
            return false;
        }

        if (_byKeyLookup.TryGetValue(key, out candidates!) && AnyFits(candidates, date, namesOnly))
        {
            return true;
        }

        namesOnly = true;
        var rest = key;
        for (var space = rest.IndexOf(' '); space >= 0; space = rest.IndexOf(' '))
        {
            if (!IsDescriptorWord(rest[..space]))
            {
                break;
            }

            rest = rest[(space + 1)..];
            if (_byKeyLookup.TryGetValue(rest, out candidates!) && AnyFits(candidates, date, namesOnly))
            {
                return true;
            }
        }

        candidates = null!;
        return false;
    }

    private static bool AnyFits(List<Candidate> candidates, DateOnly? date, bool namesOnly)
    {
        foreach (var candidate in candidates)
        {
            if (Fits(candidate, date, namesOnly))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the candidate counts: a name where only names do, and a title only on a day it was held.</summary>
    private static bool Fits(Candidate candidate, DateOnly? date, bool namesOnly) =>
        (!namesOnly || candidate.IsName) && (date is not { } day || new GazetteerTitle(string.Empty, candidate.From, candidate.To).IsHeldOn(day));

    /// <summary>Of the candidates that fit: the position of their entry when they are all one entry, else -1.</summary>
    private static int SelectOne(List<Candidate> candidates, DateOnly? date, bool namesOnly)
    {
        var found = -1;
        foreach (var candidate in candidates)
        {
            if (Fits(candidate, date, namesOnly) && candidate.Entry != found)
            {
                if (found >= 0)
                {
                    return -1;
                }

                found = candidate.Entry;
            }
        }

        return found;
    }

    private static bool ContainsReference<T>(ImmutableArray<T>.Builder entries, T entry)
        where T : class
    {
        foreach (var existing in entries)
        {
            if (ReferenceEquals(existing, entry))
            {
                return true;
            }
        }

        return false;
    }

    private void Index(string key, Candidate candidate)
    {
        if (key.Length == 0)
        {
            return;
        }

        if (!_byKey.TryGetValue(key, out var list))
        {
            _byKey.Add(key, list = []);
        }

        list.Add(candidate);
    }

    private static IEnumerable<string> Names(GazetteerCountry country)
    {
        yield return country.Name;
        foreach (var alias in country.Aliases.Concat(country.Metonyms))
        {
            yield return alias;
        }

        if (country.Capital is { } capital)
        {
            yield return capital;
        }
    }

    private static IEnumerable<GazetteerTitle> Titles(Gazetteer gazetteer, Dictionary<string, GazetteerCountry> countries, GazetteerOffice office)
    {
        var phrases = new List<string>(office.Titles);
        if (office.Title is { } title && office.Country is { } countryName)
        {
            var country = countries.GetValueOrDefault(countryName);
            var values = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal)
            {
                ["country"] = country is null ? [countryName] : [country.Name, .. country.Aliases],
                ["adjective"] = country?.Adjectives ?? [],
                ["title"] = [title, .. gazetteer.TitleSynonyms.GetValueOrDefault(title, [])],
            };
            phrases.AddRange(Expand(gazetteer, TitlePatternKeys.Office, values));
            if (office.IsLeader)
            {
                phrases.AddRange(Expand(gazetteer, TitlePatternKeys.Leader, values));
            }

            if (office.IsHeadOfState)
            {
                phrases.AddRange(Expand(gazetteer, TitlePatternKeys.HeadOfState, values));
            }

            if (office.IsHeadOfGovernment)
            {
                phrases.AddRange(Expand(gazetteer, TitlePatternKeys.HeadOfGovernment, values));
            }
        }

        return phrases.Distinct(StringComparer.OrdinalIgnoreCase).Select(p => new GazetteerTitle(p, office.From, office.To));
    }

    private static IEnumerable<string> Expand(Gazetteer gazetteer, string patternKey, Dictionary<string, ImmutableArray<string>> values) =>
        gazetteer.TitlePatterns.GetValueOrDefault(patternKey, []).SelectMany(p => PatternExpander.Expand(p, values));

    private static void AddInstitution(Dictionary<string, EntryBuilder> builders, GazetteerInstitution institution, GazetteerCountry country)
    {
        var values = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal)
        {
            ["country"] = [country.Name, .. country.Aliases],
            ["adjective"] = country.Adjectives,
            ["attributive"] = [country.AttributiveForm],
            ["capital"] = country.Capital is { } capital ? [capital, .. country.Metonyms] : country.Metonyms,
        };
        var names = PatternExpander.Expand(institution.Name, values).ToList();
        var aliases = institution.Aliases.SelectMany(a => PatternExpander.Expand(a, values));
        var target = country.Institutions.GetValueOrDefault(institution.Key);
        if (target is not null && builders.TryGetValue(target, out var existing))
        {
            existing.Aliases.AddRange(names.Concat(aliases));
            return;
        }

        if (names.Count == 0)
        {
            return;
        }

        var role = institution.Role is { } pattern ? PatternExpander.Expand(pattern, values).FirstOrDefault() : null;
        var entry = Builder(builders, names[0], SpeakerKind.Organization, country.Name, role);
        entry.Aliases.AddRange(names.Skip(1).Concat(aliases));
    }

    private static EntryBuilder Builder(Dictionary<string, EntryBuilder> builders, string name, SpeakerKind kind, string? country, string? role)
    {
        if (builders.TryGetValue(name, out var builder))
        {
            builder.Kind = kind;
            builder.Country = country ?? builder.Country;
            builder.Role = role ?? builder.Role;
            return builder;
        }

        builder = new EntryBuilder(name) { Kind = kind, Country = country, Role = role };
        builders.Add(name, builder);
        return builder;
    }

    private readonly record struct Candidate(int Entry, DateOnly? From, DateOnly? To, bool IsName);

    private sealed class EntryBuilder(string name)
    {
        public SpeakerKind Kind { get; set; }

        public string? Country { get; set; }

        public string? Role { get; set; }

        public List<string> Aliases { get; } = [];

        public List<GazetteerTitle> Titles { get; } = [];

        public GazetteerEntry Build() => new(
            name,
            Kind,
            [.. Aliases.Where(a => !string.Equals(a, name, StringComparison.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase)],
            Country,
            Role,
            [.. Titles.Distinct()]);
    }
}
