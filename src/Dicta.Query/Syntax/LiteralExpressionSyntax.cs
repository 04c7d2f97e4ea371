namespace Dicta.Query.Syntax;

/// <summary>A string, number, date, regular expression, <c>true</c> or <c>false</c>.</summary>
public sealed class LiteralExpressionSyntax : ExpressionSyntax
{
    internal LiteralExpressionSyntax(SyntaxToken token)
        : base(SyntaxKind.LiteralExpression, Children(token))
    {
        Token = token;
    }

    /// <summary>The literal token; its <see cref="SyntaxToken.Value"/> is the value.</summary>
    public SyntaxToken Token { get; }
}
