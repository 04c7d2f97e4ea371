namespace Dicta.Query.Syntax;

/// <summary><c>( expression )</c>.</summary>
public sealed class ParenthesizedExpressionSyntax : ExpressionSyntax
{
    internal ParenthesizedExpressionSyntax(SyntaxToken openParenToken, ExpressionSyntax expression, SyntaxToken closeParenToken)
        : base(SyntaxKind.ParenthesizedExpression, Children(openParenToken, expression, closeParenToken))
    {
        OpenParenToken = openParenToken;
        Expression = expression;
        CloseParenToken = closeParenToken;
    }

    /// <summary><c>(</c></summary>
    public SyntaxToken OpenParenToken { get; }

    /// <summary>The expression inside.</summary>
    public ExpressionSyntax Expression { get; }

    /// <summary><c>)</c>, possibly missing.</summary>
    public SyntaxToken CloseParenToken { get; }
}
