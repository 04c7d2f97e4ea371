using System.Collections.Immutable;

namespace Dicta.Extraction.Lexicons;

/// <summary>
/// An institution every country has (foreign ministry, government), given as patterns that are expanded for
/// each country: <c>{country}</c> (name and aliases), <c>{adjective}</c>, <c>{attributive}</c> and <c>{capital}</c>.
/// A country whose <see cref="GazetteerCountry.Institutions"/> names an organization for <see cref="Key"/> gets the
/// aliases added to that organization instead.
/// </summary>
/// <param name="Key">The stable key countries refer to ("foreign-ministry").</param>
/// <param name="Name">The pattern of the canonical name ("{attributive} Foreign Ministry").</param>
/// <param name="Aliases">The patterns of other names ("{country}'s foreign ministry").</param>
/// <param name="Role">The pattern of the role ("foreign ministry of {country}").</param>
public sealed record GazetteerInstitution(string Key, string Name, ImmutableArray<string> Aliases, string? Role)
{
    /// <summary>The placeholders institution patterns may use.</summary>
    public static ImmutableArray<string> Placeholders { get; } = ["country", "adjective", "attributive", "capital"];
}
