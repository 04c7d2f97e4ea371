namespace Dicta.Query.Syntax;

/// <summary>
/// <c>left op right</c> for <c>or</c>, <c>and</c>, the comparisons, <c>has</c>, <c>contains</c>, <c>startswith</c>,
/// <c>endswith</c> and <c>matches</c>.
/// </summary>
public sealed class BinaryExpressionSyntax : ExpressionSyntax
{
    internal BinaryExpressionSyntax(ExpressionSyntax left, SyntaxToken operatorToken, ExpressionSyntax right)
        : base(SyntaxKind.BinaryExpression, Children(left, operatorToken, right))
    {
        Left = left;
        OperatorToken = operatorToken;
        Right = right;
    }

    /// <summary>The left operand.</summary>
    public ExpressionSyntax Left { get; }

    /// <summary>The operator; its kind says which.</summary>
    public SyntaxToken OperatorToken { get; }

    /// <summary>The right operand.</summary>
    public ExpressionSyntax Right { get; }
}
