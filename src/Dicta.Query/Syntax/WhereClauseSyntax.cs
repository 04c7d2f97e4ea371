namespace Dicta.Query.Syntax;

/// <summary><c>where condition</c>.</summary>
public sealed class WhereClauseSyntax : SyntaxNode
{
    internal WhereClauseSyntax(SyntaxToken whereKeyword, ExpressionSyntax condition)
        : base(SyntaxKind.WhereClause, Children(whereKeyword, condition))
    {
        WhereKeyword = whereKeyword;
        Condition = condition;
    }

    /// <summary>The <c>where</c> keyword.</summary>
    public SyntaxToken WhereKeyword { get; }

    /// <summary>The condition rows must meet.</summary>
    public ExpressionSyntax Condition { get; }
}
