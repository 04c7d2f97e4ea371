namespace Dicta.Query.Syntax;

/// <summary><c>order by ordering, …</c>.</summary>
public sealed class OrderByClauseSyntax : ClauseSyntax
{
    internal OrderByClauseSyntax(SyntaxToken orderKeyword, SyntaxToken byKeyword, SeparatedSyntaxList<OrderingSyntax> orderings)
        : base(SyntaxKind.OrderByClause, Children(orderKeyword, byKeyword, orderings))
    {
        OrderKeyword = orderKeyword;
        ByKeyword = byKeyword;
        Orderings = orderings;
    }

    /// <summary>The <c>order</c> keyword.</summary>
    public SyntaxToken OrderKeyword { get; }

    /// <summary>The <c>by</c> keyword.</summary>
    public SyntaxToken ByKeyword { get; }

    /// <summary>The sort keys, most significant first.</summary>
    public SeparatedSyntaxList<OrderingSyntax> Orderings { get; }
}
