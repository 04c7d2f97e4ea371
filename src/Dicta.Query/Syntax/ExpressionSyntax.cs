using System.Collections.Immutable;

namespace Dicta.Query.Syntax;

/// <summary>An expression: a condition, an operand, or a key.</summary>
public abstract class ExpressionSyntax : SyntaxNode
{
    private protected ExpressionSyntax(SyntaxKind kind, ImmutableArray<SyntaxNodeOrToken> children)
        : base(kind, children)
    {
    }
}
