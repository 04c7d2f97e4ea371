using System.Collections.Immutable;
using Dicta.Model.Diagnostics;

namespace Dicta.Extraction.Lexicons;

/// <summary>
/// What loading a lexicon file gives: the lexicon made of every well-formed entry, and a diagnostic for each
/// problem found. A file that cannot be read at all gives an empty lexicon and an error.
/// </summary>
/// <typeparam name="TLexicon">The kind of lexicon.</typeparam>
/// <param name="Lexicon">The lexicon read.</param>
/// <param name="Diagnostics">The problems found, in file order.</param>
public sealed record LexiconLoadResult<TLexicon>(TLexicon Lexicon, ImmutableArray<Diagnostic> Diagnostics)
    where TLexicon : class
{
    /// <summary>True when any diagnostic is an error: part of the file was not used.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
