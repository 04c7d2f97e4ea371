using Dicta.Model;

namespace Dicta.Benchmarks.Synthetic;

/// <summary>
/// A source the synthetic articles quote: a person, an organization or an outlet. Query benchmarks use these to ask
/// for speakers that are known to be in the corpus.
/// </summary>
/// <param name="Name">The full name: "Dmitrei Kovalenko", "the Baltic Grain Council", "Reuters".</param>
/// <param name="ShortName">What later mentions call them: the family name of a person, the name of anything else.</param>
/// <param name="Kind">Person, organization or outlet.</param>
/// <param name="Title">A person's office or role ("Foreign Minister", "senior fellow"); null for the rest.</param>
/// <param name="Country">The country they belong to, if any.</param>
/// <param name="Affiliation">The organization a person with a role speaks for ("the Pacific Policy Institute"), if any.</param>
/// <param name="IsFemale">For a person: which pronoun later sentences use.</param>
public sealed record SyntheticSpeaker(
    string Name,
    string ShortName,
    SpeakerKind Kind,
    string? Title,
    string? Country,
    string? Affiliation,
    bool IsFemale)
{
    /// <summary>The subject pronoun for this speaker: "he", "she" or "it".</summary>
    public string Pronoun => Kind != SpeakerKind.Person ? "it" : IsFemale ? "she" : "he";

    /// <summary>The possessive pronoun: "his", "her" or "its".</summary>
    public string PossessivePronoun => Kind != SpeakerKind.Person ? "its" : IsFemale ? "her" : "his";
}
