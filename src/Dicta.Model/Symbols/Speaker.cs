using System.Collections.Immutable;
using System.Text;

namespace Dicta.Model;

/// <summary>
/// A speaker symbol: the source that a statement is attributed to, whichever way the article names it
/// ("Putin", "the Russian leader", "he"). Mentions are text; the speaker is what they denote.
/// Two speakers with the same <see cref="Name"/> are the same symbol; a corpus merges them with <see cref="Merge"/>.
/// </summary>
public sealed record Speaker
{
    /// <summary>Creates a speaker symbol.</summary>
    /// <param name="name">The canonical name: "Vladimir Putin", "Kremlin".</param>
    /// <param name="kind">Person, organization, outlet or group.</param>
    /// <param name="aliases">Other names it goes by ("Putin", "Russian President"); the canonical name need not be repeated.</param>
    /// <param name="country">The country it belongs to, if known: "Russia".</param>
    /// <param name="role">Its role, if known: "President of Russia".</param>
    /// <param name="members">For a group, its members.</param>
    public Speaker(string name, SpeakerKind kind, IEnumerable<string>? aliases = null, string? country = null, string? role = null, IEnumerable<Speaker>? members = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Kind = kind;
        Aliases = NormalizeAliases(name, aliases ?? []);
        Country = string.IsNullOrWhiteSpace(country) ? null : country;
        Role = string.IsNullOrWhiteSpace(role) ? null : role;
        Members = members is null ? [] : [.. members.DistinctBy(m => m.Name, NameComparer.Instance).OrderBy(m => m.Name, StringComparer.Ordinal)];
    }

    /// <summary>The canonical name; it identifies the symbol.</summary>
    public string Name { get; }

    /// <summary>Person, organization, outlet or group.</summary>
    public SpeakerKind Kind { get; }

    /// <summary>Other names it goes by, distinct ignoring case, in ordinal order.</summary>
    public ImmutableArray<string> Aliases { get; }

    /// <summary>The country it belongs to, if known.</summary>
    public string? Country { get; }

    /// <summary>Its role, if known.</summary>
    public string? Role { get; }

    /// <summary>For a group, its members in ordinal order of name; empty otherwise.</summary>
    public ImmutableArray<Speaker> Members { get; }

    /// <summary>True when <paramref name="name"/> is the canonical name or one of the aliases, ignoring case.</summary>
    public bool IsNamed(string name) => NameComparer.Same(Name, name) || Aliases.Contains(name, NameComparer.Instance);

    /// <summary>
    /// True when <paramref name="name"/> names this speaker or, for a group, one of its members:
    /// a statement by "Putin and Xi" is a statement by Putin too.
    /// </summary>
    public bool Denotes(string name) => IsNamed(name) || Members.Any(m => m.Denotes(name));

    /// <summary>This speaker and, for a group, every member, each once.</summary>
    /// <remarks>Nested groups can share a member (a summit's delegations); it is listed once all the same.</remarks>
    public IEnumerable<Speaker> SelfAndMembers() => Members.SelectMany(m => m.SelfAndMembers()).Prepend(this).Distinct();

    /// <summary>A copy with <paramref name="aliases"/> added.</summary>
    public Speaker WithAliases(IEnumerable<string> aliases) => new(Name, Kind, Aliases.Concat(aliases), Country, Role, Members);

    /// <summary>A copy with the given country.</summary>
    public Speaker WithCountry(string? country) => new(Name, Kind, Aliases, country, Role, Members);

    /// <summary>A copy with the given role.</summary>
    public Speaker WithRole(string? role) => new(Name, Kind, Aliases, Country, role, Members);

    /// <summary>
    /// The symbol that knows what both know: the aliases and members of both, and this speaker's country and
    /// role where it has them, else the other's. Both must have the same name.
    /// </summary>
    public Speaker Merge(Speaker other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!string.Equals(Name, other.Name, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Cannot merge '{other.Name}' into '{Name}': they are different speakers.", nameof(other));
        }

        return Equals(other)
            ? this
            : new Speaker(Name, Kind, Aliases.Concat(other.Aliases), Country ?? other.Country, Role ?? other.Role, Members.Concat(other.Members));
    }

    /// <summary>Symbols are equal when every part is equal, aliases and members compared in order.</summary>
    public bool Equals(Speaker? other) =>
        other is not null
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && Kind == other.Kind
        && string.Equals(Country, other.Country, StringComparison.Ordinal)
        && string.Equals(Role, other.Role, StringComparison.Ordinal)
        && Aliases.SequenceEqual(other.Aliases, StringComparer.Ordinal)
        && Members.SequenceEqual(other.Members);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Name), Kind);

    /// <summary>The canonical name.</summary>
    public override string ToString() => Name;

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Name = ").Append(Name).Append(", Kind = ").Append(Kind);
        return true;
    }

    private static ImmutableArray<string> NormalizeAliases(string name, IEnumerable<string> aliases) =>
    [
        .. aliases
            .Where(a => !string.IsNullOrWhiteSpace(a) && !NameComparer.Same(a, name))
            .Distinct(NameComparer.Instance)
            .Order(StringComparer.Ordinal),
    ];
}
