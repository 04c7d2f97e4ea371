namespace Dicta.Query.Syntax;

/// <summary><c>not operand</c>.</summary>
public sealed class UnaryExpressionSyntax : ExpressionSyntax
{
    internal UnaryExpressionSyntax(SyntaxToken operatorToken, ExpressionSyntax operand)
        : base(SyntaxKind.UnaryExpression, Children(operatorToken, operand))
    {
        OperatorToken = operatorToken;
        Operand = operand;
    }

    /// <summary>The <c>not</c> keyword.</summary>
    public SyntaxToken OperatorToken { get; }

    /// <summary>The negated expression.</summary>
    public ExpressionSyntax Operand { get; }
}
