using System.Collections.Immutable;

namespace Dicta.Extraction.Resolution;

/// <summary>
/// A speaker phrase taken apart: "Russian Foreign Minister Sergei Lavrov" is country Russia, role "Foreign Minister",
/// name "Sergei Lavrov"; "Taiwan's foreign ministry" is country Taiwan and description "foreign ministry".
/// </summary>
/// <param name="Words">The phrase's words, determiners dropped, apostrophes straightened.</param>
/// <param name="Country">The country a demonym or possessive in the phrase names.</param>
/// <param name="Role">The role words before the name.</param>
/// <param name="Name">The trailing run of capitalized words that is a proper name, if any.</param>
/// <param name="Definite">True when the phrase opened with "the": "the official" points back, "officials" does not.</param>
internal sealed record NameParts(ImmutableArray<string> Words, string? Country, string? Role, ImmutableArray<string> Name, bool Definite)
{
    /// <summary>The phrase as one string (joined once: resolution asks for it on every mention).</summary>
    public string Phrase { get; } = string.Join(' ', Words);

    /// <summary>The proper name as one string, or null.</summary>
    public string? FullName { get; } = Name.IsEmpty ? null : string.Join(' ', Name);
}
