namespace Dicta.Hosting;

/// <summary>A JSON lexicon file that extends one of the lexicons extraction uses.</summary>
/// <param name="Kind">Which lexicon it extends.</param>
/// <param name="Path">The path of the file.</param>
public sealed record LexiconFile(LexiconKind Kind, string Path);
