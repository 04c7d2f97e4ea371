using System.Collections.Immutable;
using Dicta.Model;

namespace Dicta.Extraction.Lexicons;

/// <summary>A person, organization or outlet as the gazetteer file defines it.</summary>
/// <param name="Name">The canonical name ("Vladimir Putin", "Kremlin", "Xinhua").</param>
/// <param name="Kind">Person, organization or outlet.</param>
/// <param name="Aliases">Other names: surnames, spellings, abbreviations.</param>
/// <param name="Country">The country it belongs to, if any.</param>
/// <param name="Role">Its role in words ("President of Russia", "state news agency").</param>
/// <param name="Offices">For a person, the offices whose titles denote them.</param>
public sealed record GazetteerDefinition(
    string Name,
    SpeakerKind Kind,
    ImmutableArray<string> Aliases,
    string? Country,
    string? Role,
    ImmutableArray<GazetteerOffice> Offices)
{
    /// <summary>
    /// This definition with <paramref name="other"/>'s merged in (the same name): the other's kind, country and
    /// role where it gives them, and the aliases and offices of both.
    /// </summary>
    public GazetteerDefinition Merge(GazetteerDefinition other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new GazetteerDefinition(
            Name,
            other.Kind,
            [.. Aliases.Concat(other.Aliases).Distinct(StringComparer.OrdinalIgnoreCase)],
            other.Country ?? Country,
            other.Role ?? Role,
            [.. Offices.Concat(other.Offices).Distinct()]);
    }
}
