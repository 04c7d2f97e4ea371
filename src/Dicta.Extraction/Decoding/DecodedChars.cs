using System.Collections.Immutable;

namespace Dicta.Extraction.Decoding;

/// <summary>Decoded characters and the runs of bytes that could not be decoded.</summary>
/// <param name="Text">The characters, with U+FFFD where bytes were invalid.</param>
/// <param name="Runs">The invalid runs, in order.</param>
internal sealed record DecodedChars(string Text, ImmutableArray<InvalidRun> Runs);
