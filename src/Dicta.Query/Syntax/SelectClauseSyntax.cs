namespace Dicta.Query.Syntax;

/// <summary><c>select item, …</c>.</summary>
public sealed class SelectClauseSyntax : ClauseSyntax
{
    internal SelectClauseSyntax(SyntaxToken selectKeyword, SeparatedSyntaxList<SelectItemSyntax> items)
        : base(SyntaxKind.SelectClause, Children(selectKeyword, items))
    {
        SelectKeyword = selectKeyword;
        Items = items;
    }

    /// <summary>The <c>select</c> keyword.</summary>
    public SyntaxToken SelectKeyword { get; }

    /// <summary>The columns.</summary>
    public SeparatedSyntaxList<SelectItemSyntax> Items { get; }
}
