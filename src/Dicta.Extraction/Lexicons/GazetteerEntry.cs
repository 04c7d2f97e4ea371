using System.Collections.Immutable;
using Dicta.Model;

namespace Dicta.Extraction.Lexicons;

/// <summary>
/// What a mention resolves to: a person, organization, outlet or country (an organization) with every name
/// that denotes it, title phrases included.
/// </summary>
/// <param name="Name">The canonical name.</param>
/// <param name="Kind">Person, organization or outlet.</param>
/// <param name="Aliases">Other names, distinct ignoring case (title phrases are in <see cref="Titles"/>).</param>
/// <param name="Country">The country it belongs to, if any.</param>
/// <param name="Role">Its role in words, if known.</param>
/// <param name="Titles">The title phrases that denote it, with when they do.</param>
public sealed record GazetteerEntry(
    string Name,
    SpeakerKind Kind,
    ImmutableArray<string> Aliases,
    string? Country,
    string? Role,
    ImmutableArray<GazetteerTitle> Titles)
{
    /// <summary>
    /// The speaker symbol of the entry: its name, kind, country and role, with the aliases and title phrases as
    /// aliases (so a query for "Russian President" finds Putin's statements).
    /// </summary>
    public Speaker ToSpeaker() => new(Name, Kind, Aliases.Concat(Titles.Select(t => t.Phrase)), Country, Role);

    /// <summary>The canonical name.</summary>
    public override string ToString() => Name;
}
