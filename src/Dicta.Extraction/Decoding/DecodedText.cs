using System.Collections.Immutable;
using Dicta.Model.Diagnostics;
using Dicta.Model.Text;

namespace Dicta.Extraction.Decoding;

/// <summary>The result of decoding an article file's bytes: the text, what went wrong, and whether it is text at all.</summary>
/// <param name="Text">
/// The decoded text, without a byte order mark. Undecodable bytes appear as U+FFFD. For a binary file it holds
/// whatever the bytes decode to; the loader does not analyse it.
/// </param>
/// <param name="Diagnostics">Undecodable bytes (warnings) and binary input (an error), located in <paramref name="Text"/>.</param>
/// <param name="IsBinary">True when the bytes look like a binary file rather than text.</param>
public sealed record DecodedText(SourceText Text, ImmutableArray<Diagnostic> Diagnostics, bool IsBinary);
