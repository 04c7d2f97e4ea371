namespace Dicta.Query.Syntax;

/// <summary><c>left [not] between lower and upper</c> (both bounds included).</summary>
public sealed class BetweenExpressionSyntax : ExpressionSyntax
{
    internal BetweenExpressionSyntax(
        ExpressionSyntax left,
        SyntaxToken? notKeyword,
        SyntaxToken betweenKeyword,
        ExpressionSyntax lower,
        SyntaxToken andKeyword,
        ExpressionSyntax upper)
        : base(SyntaxKind.BetweenExpression, Children(left, notKeyword, betweenKeyword, lower, andKeyword, upper))
    {
        Left = left;
        NotKeyword = notKeyword;
        BetweenKeyword = betweenKeyword;
        Lower = lower;
        AndKeyword = andKeyword;
        Upper = upper;
    }

    /// <summary>The value tested.</summary>
    public ExpressionSyntax Left { get; }

    /// <summary>The <c>not</c> of <c>not between</c>, when written.</summary>
    public SyntaxToken? NotKeyword { get; }

    /// <summary>The <c>between</c> keyword.</summary>
    public SyntaxToken BetweenKeyword { get; }

    /// <summary>The lower bound.</summary>
    public ExpressionSyntax Lower { get; }

    /// <summary>The <c>and</c> that belongs to <c>between</c>, possibly missing.</summary>
    public SyntaxToken AndKeyword { get; }

    /// <summary>The upper bound.</summary>
    public ExpressionSyntax Upper { get; }
}
