namespace Dicta.Query.Syntax;

/// <summary>One sort key of an order by clause: <c>expression [asc | desc]</c>.</summary>
public sealed class OrderingSyntax : SyntaxNode
{
    internal OrderingSyntax(ExpressionSyntax expression, SyntaxToken? direction)
        : base(SyntaxKind.Ordering, Children(expression, direction))
    {
        Expression = expression;
        Direction = direction;
    }

    /// <summary>The key.</summary>
    public ExpressionSyntax Expression { get; }

    /// <summary>The <c>asc</c> or <c>desc</c> keyword, when written.</summary>
    public SyntaxToken? Direction { get; }

    /// <summary>True when the direction is <c>desc</c>.</summary>
    public bool IsDescending => Direction?.Kind == SyntaxKind.DescKeyword;
}
