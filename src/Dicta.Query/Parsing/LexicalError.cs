using Dicta.Model.Diagnostics;

namespace Dicta.Query.Parsing;

/// <summary>A problem inside one lexeme: which, where relative to the lexeme's start, and the message argument.</summary>
/// <param name="Descriptor">The kind of problem.</param>
/// <param name="Offset">Where it starts, from the start of the lexeme.</param>
/// <param name="Length">How many characters it covers.</param>
/// <param name="Argument">The argument of the descriptor's message (empty when it takes none).</param>
internal sealed record LexicalError(DiagnosticDescriptor Descriptor, int Offset, int Length, string Argument);
