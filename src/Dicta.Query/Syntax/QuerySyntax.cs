using System.Collections.Immutable;

namespace Dicta.Query.Syntax;

/// <summary>The root of a query: <c>source [where …] {clause} end-of-file</c>.</summary>
public sealed class QuerySyntax : SyntaxNode
{
    internal QuerySyntax(SyntaxToken source, WhereClauseSyntax? where, ImmutableArray<ClauseSyntax> clauses, SyntaxToken endOfFile)
        : base(SyntaxKind.Query, Children(source, where, clauses, endOfFile))
    {
        Source = source;
        Where = where;
        Clauses = clauses;
        EndOfFile = endOfFile;
    }

    /// <summary>The source identifier (<c>statements</c>, <c>articles</c>, <c>speakers</c>, <c>topics</c>; checked by the binder).</summary>
    public SyntaxToken Source { get; }

    /// <summary>The where clause, when there is one.</summary>
    public WhereClauseSyntax? Where { get; }

    /// <summary>The other clauses, in the order written.</summary>
    public ImmutableArray<ClauseSyntax> Clauses { get; }

    /// <summary>The end of the query; its leading trivia holds whatever follows the last token.</summary>
    public SyntaxToken EndOfFile { get; }
}
