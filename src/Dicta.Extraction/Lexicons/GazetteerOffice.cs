using System.Collections.Immutable;

namespace Dicta.Extraction.Lexicons;

/// <summary>
/// An office a person holds or held, as the gazetteer file gives it. Its title phrases are expanded when the
/// gazetteer is first used: <see cref="Title"/> of <see cref="Country"/> through the gazetteer's title patterns
/// ("Russian President", "President of Russia", "Russia's President") and synonyms, the leader and
/// head-of-state/government patterns where they apply ("the Russian leader", "China's head of state"), and
/// <see cref="Titles"/> as written.
/// </summary>
/// <param name="Title">The title of the office ("President", "Foreign Minister"); requires <see cref="Country"/>.</param>
/// <param name="Country">The country of the office.</param>
/// <param name="From">The first day in office, if known.</param>
/// <param name="To">The day the term ended (exclusive), or null while in office.</param>
/// <param name="IsLeader">True when the holder is "the leader" of the country.</param>
/// <param name="IsHeadOfState">True when the holder is the country's head of state.</param>
/// <param name="IsHeadOfGovernment">True when the holder is the country's head of government.</param>
/// <param name="Titles">Literal title phrases of the office ("Kremlin spokesman").</param>
public sealed record GazetteerOffice(
    string? Title,
    string? Country,
    DateOnly? From,
    DateOnly? To,
    bool IsLeader,
    bool IsHeadOfState,
    bool IsHeadOfGovernment,
    ImmutableArray<string> Titles);
