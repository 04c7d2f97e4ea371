namespace Dicta.Query.Syntax;

/// <summary><c>count</c>: the query answers with the number of rows.</summary>
public sealed class CountClauseSyntax : ClauseSyntax
{
    internal CountClauseSyntax(SyntaxToken countKeyword)
        : base(SyntaxKind.CountClause, Children(countKeyword))
    {
        CountKeyword = countKeyword;
    }

    /// <summary>The <c>count</c> keyword.</summary>
    public SyntaxToken CountKeyword { get; }
}
