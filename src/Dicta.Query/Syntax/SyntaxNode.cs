using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using Dicta.Model.Text;

namespace Dicta.Query.Syntax;

/// <summary>
/// A node of a query's syntax tree: immutable, with its children (nodes and tokens) in source order.
/// Every walk here is iterative, so a deep tree (a long chain of <c>or</c>) cannot overflow the stack.
/// </summary>
public abstract class SyntaxNode
{
    private readonly ImmutableArray<SyntaxNodeOrToken> _children;

    private protected SyntaxNode(SyntaxKind kind, ImmutableArray<SyntaxNodeOrToken> children)
    {
        if (children.IsDefaultOrEmpty)
        {
            throw new ArgumentException("A node has at least one token.", nameof(children));
        }

        Kind = kind;
        _children = children;
        var first = children[0];
        var last = children[^1];
        FullSpan = TextSpan.FromBounds(first.FullSpan.Start, last.FullSpan.End);
        Span = TextSpan.FromBounds(first.Span.Start, Math.Max(first.Span.Start, last.Span.End));
        SourceText = first.Node?.SourceText ?? first.Token!.SourceText;
    }

    /// <summary>What the node is.</summary>
    public SyntaxKind Kind { get; }

    /// <summary>The characters of the node, without the leading trivia of its first token and the trailing trivia of its last.</summary>
    public TextSpan Span { get; }

    /// <summary>The characters of the node with all its trivia.</summary>
    public TextSpan FullSpan { get; }

    /// <summary>The query text the spans point into.</summary>
    public SourceText SourceText { get; }

    /// <summary>The children, nodes and tokens, in source order (optional tokens that are absent are left out).</summary>
    public ImmutableArray<SyntaxNodeOrToken> GetChildren() => _children;

    /// <summary>The child nodes, in source order.</summary>
    public IEnumerable<SyntaxNode> ChildNodes()
    {
        foreach (var child in _children)
        {
            if (child.Node is { } node)
            {
                yield return node;
            }
        }
    }

    /// <summary>This node and every node and token under it, in source order (pre-order).</summary>
    public IEnumerable<SyntaxNodeOrToken> DescendantNodesAndTokensAndSelf()
    {
        var stack = new Stack<SyntaxNodeOrToken>();
        stack.Push(new SyntaxNodeOrToken(this));
        while (stack.Count > 0)
        {
            var item = stack.Pop();
            yield return item;
            if (item.Node is { } node)
            {
                var children = node._children;
                for (var i = children.Length - 1; i >= 0; i--)
                {
                    stack.Push(children[i]);
                }
            }
        }
    }

    /// <summary>This node and every node under it, in source order (pre-order).</summary>
    public IEnumerable<SyntaxNode> DescendantNodesAndSelf() =>
        DescendantNodesAndTokensAndSelf().Where(n => n.IsNode).Select(n => n.Node!);

    /// <summary>Every token under the node, in source order, missing tokens included.</summary>
    public IEnumerable<SyntaxToken> DescendantTokens() =>
        DescendantNodesAndTokensAndSelf().Where(n => n.IsToken).Select(n => n.Token!);

    /// <summary>The first token of the node (it may be missing).</summary>
    public SyntaxToken GetFirstToken()
    {
        var node = this;
        while (true)
        {
            var first = node._children[0];
            if (first.Token is { } token)
            {
                return token;
            }

            node = first.Node!;
        }
    }

    /// <summary>The last token of the node (it may be missing).</summary>
    public SyntaxToken GetLastToken()
    {
        var node = this;
        while (true)
        {
            var last = node._children[^1];
            if (last.Token is { } token)
            {
                return token;
            }

            node = last.Node!;
        }
    }

    /// <summary>The node as written, with all its trivia, rebuilt from its tokens and trivia.</summary>
    public string ToFullString()
    {
        var builder = new StringBuilder(FullSpan.Length);
        foreach (var token in DescendantTokens())
        {
            AppendTrivia(builder, token.LeadingTriviaSpan);
            builder.Append(token.SourceText.AsSpan(token.Span));
            AppendTrivia(builder, token.TrailingTriviaSpan);
        }

        return builder.ToString();
    }

    /// <summary>The node as written, without its outer trivia.</summary>
    public override string ToString() => SourceText.ToString(Span);

    /// <summary>
    /// True when the two nodes have the same shape and equivalent tokens (<see cref="SyntaxToken.IsEquivalentTo"/>),
    /// whatever their trivia and positions.
    /// </summary>
    public bool IsEquivalentTo(SyntaxNode other)
    {
        ArgumentNullException.ThrowIfNull(other);
        using var left = DescendantNodesAndTokensAndSelf().GetEnumerator();
        using var right = other.DescendantNodesAndTokensAndSelf().GetEnumerator();
        while (true)
        {
            var hasLeft = left.MoveNext();
            if (hasLeft != right.MoveNext())
            {
                return false;
            }

            if (!hasLeft)
            {
                return true;
            }

            if (!Equivalent(left.Current, right.Current))
            {
                return false;
            }
        }
    }

    private static bool Equivalent(SyntaxNodeOrToken left, SyntaxNodeOrToken right) =>
        (left.Node, right.Node, left.Token, right.Token) switch
        {
            ({ } a, { } b, _, _) => a.Kind == b.Kind && a._children.Length == b._children.Length,
            (_, _, { } a, { } b) => a.IsEquivalentTo(b),
            _ => false,
        };

    private static void AppendTrivia(StringBuilder builder, ReadOnlySpan<SyntaxTrivia> trivia)
    {
        foreach (var piece in trivia)
        {
            builder.Append(piece.SourceText.AsSpan(piece.Span));
        }
    }

    /// <summary>The children of a node, leaving out absent optional tokens.</summary>
    /// <remarks>Counted first, then written into an array of that size: no builder, no copy (a node is made for every piece of every query).</remarks>
    private protected static ImmutableArray<SyntaxNodeOrToken> Children(params ReadOnlySpan<object?> items)
    {
        var count = 0;
        foreach (var item in items)
        {
            count += item switch
            {
                SyntaxNode or SyntaxToken => 1,
                ISeparatedSyntaxList list => list.GetWithSeparators().Length,
                ImmutableArray<ClauseSyntax> nodes => nodes.Length,
                IEnumerable<SyntaxNode> nodes => nodes.Count(),
                null => 0,
                _ => throw new ArgumentException($"Not a syntax child: {item.GetType()}", nameof(items)),
            };
        }

        var children = new SyntaxNodeOrToken[count];
        var index = 0;
        foreach (var item in items)
        {
            switch (item)
            {
                case SyntaxNode node:
                    children[index++] = new SyntaxNodeOrToken(node);
                    break;
                case SyntaxToken token:
                    children[index++] = new SyntaxNodeOrToken(token);
                    break;
                case ISeparatedSyntaxList list:
                    list.GetWithSeparators().CopyTo(children, index);
                    index += list.GetWithSeparators().Length;
                    break;
                case ImmutableArray<ClauseSyntax> clauses:
                    foreach (var clause in clauses)
                    {
                        children[index++] = new SyntaxNodeOrToken(clause);
                    }

                    break;
                case IEnumerable<SyntaxNode> nodes:
                    foreach (var node in nodes)
                    {
                        children[index++] = new SyntaxNodeOrToken(node);
                    }

                    break;
            }
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(children);
    }
}
