namespace Dicta.Query.Syntax;

/// <summary><c>group by key, …</c>.</summary>
public sealed class GroupByClauseSyntax : ClauseSyntax
{
    internal GroupByClauseSyntax(SyntaxToken groupKeyword, SyntaxToken byKeyword, SeparatedSyntaxList<ExpressionSyntax> keys)
        : base(SyntaxKind.GroupByClause, Children(groupKeyword, byKeyword, keys))
    {
        GroupKeyword = groupKeyword;
        ByKeyword = byKeyword;
        Keys = keys;
    }

    /// <summary>The <c>group</c> keyword.</summary>
    public SyntaxToken GroupKeyword { get; }

    /// <summary>The <c>by</c> keyword.</summary>
    public SyntaxToken ByKeyword { get; }

    /// <summary>The grouping keys.</summary>
    public SeparatedSyntaxList<ExpressionSyntax> Keys { get; }
}
