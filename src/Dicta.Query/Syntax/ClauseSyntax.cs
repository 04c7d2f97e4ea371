using System.Collections.Immutable;

namespace Dicta.Query.Syntax;

/// <summary>A clause after the where clause: group by, order by, limit, select or count.</summary>
public abstract class ClauseSyntax : SyntaxNode
{
    private protected ClauseSyntax(SyntaxKind kind, ImmutableArray<SyntaxNodeOrToken> children)
        : base(kind, children)
    {
    }
}
