namespace Dicta.Query.Syntax;

/// <summary>A field name: <c>speaker</c>. A missing operand is a name expression with a missing identifier.</summary>
public sealed class NameExpressionSyntax : ExpressionSyntax
{
    internal NameExpressionSyntax(SyntaxToken identifierToken)
        : base(SyntaxKind.NameExpression, Children(identifierToken))
    {
        IdentifierToken = identifierToken;
    }

    /// <summary>The name, possibly missing.</summary>
    public SyntaxToken IdentifierToken { get; }
}
