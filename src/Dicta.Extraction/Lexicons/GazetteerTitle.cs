namespace Dicta.Extraction.Lexicons;

/// <summary>
/// A title phrase that denotes a gazetteer entry ("Russian President", "the Chinese leader"), with the time it
/// does so: "US President" denoted Donald Trump until 20 January 2021 and Joe Biden after.
/// </summary>
/// <param name="Phrase">The phrase as written in the gazetteer or expanded from its patterns.</param>
/// <param name="From">The first day the phrase denotes the entry; null when unknown or always.</param>
/// <param name="To">The day it stops denoting the entry (exclusive); null while it still does.</param>
public readonly record struct GazetteerTitle(string Phrase, DateOnly? From, DateOnly? To)
{
    /// <summary>True when the phrase denotes the entry on <paramref name="date"/>.</summary>
    public bool IsHeldOn(DateOnly date) => (From is null || From.Value <= date) && (To is null || date < To.Value);
}
