using Dicta.Model.Text;

namespace Dicta.Model;

/// <summary>One sentence of an article's body. A value: an article holds its sentences in one array, with no object of their own.</summary>
/// <param name="Span">The sentence's characters, from its first to its last non-space character.</param>
public readonly record struct Sentence(TextSpan Span);
