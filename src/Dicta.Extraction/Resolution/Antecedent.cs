using Dicta.Model;

namespace Dicta.Extraction.Resolution;

/// <summary>A speaker named earlier in the article, for resolving pronouns and descriptions that follow.</summary>
/// <param name="Position">Where the naming phrase starts.</param>
/// <param name="Speaker">Whom it names.</param>
/// <param name="Spoke">True when the phrase was a speaker or channel of a statement, not only a name in passing.</param>
internal sealed record Antecedent(int Position, Speaker Speaker, bool Spoke);
