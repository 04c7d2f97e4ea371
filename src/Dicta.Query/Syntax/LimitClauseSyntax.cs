namespace Dicta.Query.Syntax;

/// <summary><c>limit n</c>.</summary>
public sealed class LimitClauseSyntax : ClauseSyntax
{
    internal LimitClauseSyntax(SyntaxToken limitKeyword, SyntaxToken count)
        : base(SyntaxKind.LimitClause, Children(limitKeyword, count))
    {
        LimitKeyword = limitKeyword;
        Count = count;
    }

    /// <summary>The <c>limit</c> keyword.</summary>
    public SyntaxToken LimitKeyword { get; }

    /// <summary>The number of rows (a <see cref="SyntaxKind.NumberLiteralToken"/>, possibly missing).</summary>
    public SyntaxToken Count { get; }
}
