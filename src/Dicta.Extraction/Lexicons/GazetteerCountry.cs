using System.Collections.Immutable;

namespace Dicta.Extraction.Lexicons;

/// <summary>
/// A country as the gazetteer file defines it: what names it and what words derive from it. A country speaks
/// as an organization ("Moscow has denied ..." is Russia speaking).
/// </summary>
/// <param name="Name">The canonical name ("Russia", "United States").</param>
/// <param name="Aliases">Other names ("Russian Federation", "US").</param>
/// <param name="Capital">The capital, used as a metonym and in institution names ("the Defense Ministry in Moscow").</param>
/// <param name="Metonyms">Other places that stand for the country ("Kiev" for Ukraine).</param>
/// <param name="Adjectives">The adjectives of the country ("Russian", "US", "American").</param>
/// <param name="Demonyms">The nouns for its people ("Russians", "Americans").</param>
/// <param name="Attributive">The form used in institution names, when not the first adjective ("Taiwan foreign ministry").</param>
/// <param name="Institutions">Institution keys mapped to the organization that plays that part ("foreign-ministry" → "State Department").</param>
public sealed record GazetteerCountry(
    string Name,
    ImmutableArray<string> Aliases,
    string? Capital,
    ImmutableArray<string> Metonyms,
    ImmutableArray<string> Adjectives,
    ImmutableArray<string> Demonyms,
    string? Attributive,
    ImmutableDictionary<string, string> Institutions)
{
    /// <summary>The word institution names start with: <see cref="Attributive"/>, else the first adjective, else the name.</summary>
    public string AttributiveForm => Attributive ?? (Adjectives.IsDefaultOrEmpty ? Name : Adjectives[0]);

    /// <summary>
    /// This country with <paramref name="other"/>'s merged in (the same name): every list pooled, the other's
    /// scalars where it gives them; a capital the other replaces stays as a metonym, so it still resolves.
    /// </summary>
    public GazetteerCountry Merge(GazetteerCountry other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new GazetteerCountry(
            Name,
            Union(Aliases, other.Aliases),
            other.Capital ?? Capital,
            Union(Metonyms, other.Capital is not null && Capital is not null ? [.. other.Metonyms, Capital] : other.Metonyms),
            Union(Adjectives, other.Adjectives),
            Union(Demonyms, other.Demonyms),
            other.Attributive ?? Attributive,
            Institutions.SetItems(other.Institutions));
    }

    private static ImmutableArray<string> Union(ImmutableArray<string> mine, ImmutableArray<string> theirs) =>
        [.. mine.Concat(theirs).Distinct(StringComparer.OrdinalIgnoreCase)];
}
