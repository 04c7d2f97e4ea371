using Dicta.Model.Text;
using Dicta.Query.Syntax;

namespace Dicta.Query.Testing;

/// <summary>
/// Shrinks a query syntax tree for FsCheck: drops a clause or the where clause, replaces an <c>and</c>/<c>or</c> by one
/// of its operands, a <c>not</c> or parentheses by what they hold, a path by its first part, drops an item of a list,
/// and finally prints the tree without its trivia. Works on any tree, generated or written by hand, so a failing query
/// of your own shrinks the same way.
/// </summary>
public static class QueryShrinker
{
    /// <summary>
    /// Smaller trees, the biggest cuts first: each has fewer tokens than <paramref name="tree"/> (or as many, in shorter
    /// text) and, when <paramref name="tree"/> has no syntax errors, none either.
    /// </summary>
    public static IEnumerable<SyntaxTree> Shrink(SyntaxTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var text = tree.Text.ToString();
        var tokens = TokenCount(tree);
        var seen = new HashSet<string>(StringComparer.Ordinal) { text };
        foreach (var candidate in Candidates(tree))
        {
            if (!seen.Add(candidate))
            {
                continue;
            }

            var smaller = SyntaxTree.Parse(candidate);
            var count = TokenCount(smaller);
            if ((count < tokens || (count == tokens && candidate.Length < text.Length)) && (tree.HasErrors || !smaller.HasErrors))
            {
                yield return smaller;
            }
        }
    }

    private static int TokenCount(SyntaxTree tree) => tree.Root.DescendantTokens().Count(t => !t.IsMissing);

    private static IEnumerable<string> Candidates(SyntaxTree tree)
    {
        var root = tree.Root;
        var text = tree.Text.ToString();
        if (root.Where is { } where)
        {
            yield return Replace(text, where.Span, string.Empty);
        }

        foreach (var clause in root.Clauses)
        {
            yield return Replace(text, clause.Span, string.Empty);
        }

        foreach (var node in root.DescendantNodesAndSelf())
        {
            foreach (var candidate in Simpler(text, node))
            {
                yield return candidate;
            }
        }

        yield return SyntaxPrinter.Print(root);
    }

    /// <summary>The node replaced by a part of it, or one item of a list it holds dropped.</summary>
    private static IEnumerable<string> Simpler(string text, SyntaxNode node)
    {
        switch (node)
        {
            case BinaryExpressionSyntax binary:
                yield return Replace(text, node.Span, binary.Left.ToString());
                yield return Replace(text, node.Span, binary.Right.ToString());
                break;
            case UnaryExpressionSyntax unary:
                yield return Replace(text, node.Span, unary.Operand.ToString());
                break;
            case ParenthesizedExpressionSyntax parenthesized:
                yield return Replace(text, node.Span, parenthesized.Expression.ToString());
                break;
            case MemberAccessExpressionSyntax member:
                yield return Replace(text, node.Span, member.Expression.ToString());
                break;
            case InExpressionSyntax @in:
                yield return Replace(text, node.Span, @in.Left.ToString());
                foreach (var candidate in DropEach(text, @in.Values))
                {
                    yield return candidate;
                }

                break;
            case BetweenExpressionSyntax between:
                yield return Replace(text, node.Span, between.Left.ToString());
                break;
            case SelectItemSyntax { Alias: not null } item:
                yield return Replace(text, item.Span, item.Expression.ToString());
                break;
            case OrderingSyntax { Direction: not null } ordering:
                yield return Replace(text, ordering.Span, ordering.Expression.ToString());
                break;
            case SelectClauseSyntax select:
                foreach (var candidate in DropEach(text, select.Items))
                {
                    yield return candidate;
                }

                break;
            case GroupByClauseSyntax group:
                foreach (var candidate in DropEach(text, group.Keys))
                {
                    yield return candidate;
                }

                break;
            case OrderByClauseSyntax order:
                foreach (var candidate in DropEach(text, order.Orderings))
                {
                    yield return candidate;
                }

                break;
        }
    }

    /// <summary>The list without each of its items in turn (with the comma before it, or after it for the first).</summary>
    private static IEnumerable<string> DropEach<T>(string text, SeparatedSyntaxList<T> list)
        where T : SyntaxNode
    {
        if (list.Count < 2)
        {
            yield break;
        }

        var separators = list.Separators;
        for (var i = 0; i < list.Count; i++)
        {
            var span = i == 0
                ? TextSpan.FromBounds(list[0].Span.Start, separators[0].Span.End)
                : TextSpan.FromBounds(separators[i - 1].Span.Start, list[i].Span.End);
            yield return Replace(text, span, string.Empty);
        }
    }

    /// <summary>The text with <paramref name="span"/> replaced, spaced so that the tokens on either side stay apart.</summary>
    private static string Replace(string text, TextSpan span, string replacement) =>
        text[..span.Start] + " " + replacement + " " + text[span.End..];
}
