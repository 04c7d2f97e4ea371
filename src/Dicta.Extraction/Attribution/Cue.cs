namespace Dicta.Extraction.Attribution;

/// <summary>A speech-act cue found in a sentence's tokens.</summary>
/// <param name="Shape">Where its speaker, channel and content stand.</param>
/// <param name="Start">The first token of the cue ("quoted" in "quoted him as saying").</param>
/// <param name="End">The token just past the cue.</param>
/// <param name="TakesAddressee">True for verbs whose object is whom it was said to: "told Xi", "thanked Putin".</param>
/// <param name="Speaker">For "quoted Y as saying", the phrase Y.</param>
/// <param name="Channel">For "X quoted Y as" and "was quoted by X as", the phrase X.</param>
internal sealed record Cue(CueShape Shape, int Start, int End, bool TakesAddressee, Phrase? Speaker = null, Phrase? Channel = null);
