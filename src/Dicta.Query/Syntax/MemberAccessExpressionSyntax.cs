namespace Dicta.Query.Syntax;

/// <summary><c>expression . name</c>: a step of a field path (<c>speaker.country</c>).</summary>
public sealed class MemberAccessExpressionSyntax : ExpressionSyntax
{
    internal MemberAccessExpressionSyntax(ExpressionSyntax expression, SyntaxToken dotToken, SyntaxToken name)
        : base(SyntaxKind.MemberAccessExpression, Children(expression, dotToken, name))
    {
        Expression = expression;
        DotToken = dotToken;
        Name = name;
    }

    /// <summary>The path so far.</summary>
    public ExpressionSyntax Expression { get; }

    /// <summary><c>.</c></summary>
    public SyntaxToken DotToken { get; }

    /// <summary>The field named, possibly missing.</summary>
    public SyntaxToken Name { get; }
}
