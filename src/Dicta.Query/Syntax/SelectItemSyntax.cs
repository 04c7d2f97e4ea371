namespace Dicta.Query.Syntax;

/// <summary>One column of a select clause: <c>expression [as alias]</c>.</summary>
public sealed class SelectItemSyntax : SyntaxNode
{
    internal SelectItemSyntax(ExpressionSyntax expression, SyntaxToken? asKeyword, SyntaxToken? alias)
        : base(SyntaxKind.SelectItem, Children(expression, asKeyword, alias))
    {
        Expression = expression;
        AsKeyword = asKeyword;
        Alias = alias;
    }

    /// <summary>The value of the column.</summary>
    public ExpressionSyntax Expression { get; }

    /// <summary>The <c>as</c> keyword, when written.</summary>
    public SyntaxToken? AsKeyword { get; }

    /// <summary>The column name after <c>as</c> (an identifier, possibly missing); null without <c>as</c>.</summary>
    public SyntaxToken? Alias { get; }
}
