using Dicta.Model.Text;

namespace Dicta.Model;

/// <summary>One sentence of an article's body.</summary>
/// <param name="Span">The sentence's characters, from its first to its last non-space character.</param>
public sealed record Sentence(TextSpan Span);
