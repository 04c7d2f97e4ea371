using Dicta.Query.Syntax;

namespace Dicta.Query.Testing.Generation;

/// <summary>One token of a generated query, before trivia is put around it and keywords get a random case.</summary>
/// <param name="Kind">The token's kind: keywords are re-cased when rendered, punctuation may touch its neighbours.</param>
/// <param name="Text">The token as written (keywords in lower case).</param>
internal readonly record struct QueryToken(SyntaxKind Kind, string Text)
{
    /// <summary>A keyword or punctuation token, with the language's own text.</summary>
    public static QueryToken Fixed(SyntaxKind kind) => new(kind, SyntaxFacts.GetText(kind)!);
}
