using System.Globalization;
using System.Text;

namespace Dicta.Query.Syntax;

/// <summary>
/// Prints syntax without its trivia, normalised: keywords in lower case, one space between tokens except around
/// <c>.</c>, inside parentheses and before commas. Printing a tree and parsing the result gives an equivalent tree
/// (<see cref="SyntaxNode.IsEquivalentTo"/>); missing tokens print as nothing.
/// </summary>
public static class SyntaxPrinter
{
    /// <summary>The deepest level <see cref="Dump"/> indents.</summary>
    private const int MaxIndent = 40;

    /// <summary>The normalised text of <paramref name="node"/>.</summary>
    public static string Print(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var builder = new StringBuilder();
        SyntaxToken? previous = null;
        foreach (var token in node.DescendantTokens())
        {
            if (token.IsMissing || token.Kind == SyntaxKind.EndOfFileToken)
            {
                continue;
            }

            if (previous is not null && NeedsSpace(previous.Kind, token.Kind))
            {
                builder.Append(' ');
            }

            builder.Append(SyntaxFacts.IsKeyword(token.Kind) ? SyntaxFacts.GetText(token.Kind) : token.Text);
            previous = token;
        }

        return builder.ToString();
    }

    /// <summary>
    /// An indented outline of the tree, one node or token a line, for explaining a query and for debugging. Lines
    /// deeper than <see cref="MaxIndent"/> levels are indented no further and start with their level instead: a chain
    /// of a hundred thousand <c>or</c>s is as deep, and indenting each line by its depth would take the square of that.
    /// </summary>
    public static string Dump(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var builder = new StringBuilder();
        var stack = new Stack<(SyntaxNodeOrToken Item, int Depth)>();
        stack.Push((new SyntaxNodeOrToken(node), 0));
        while (stack.Count > 0)
        {
            var (item, depth) = stack.Pop();
            builder.Append(' ', Math.Min(depth, MaxIndent) * 2);
            if (depth > MaxIndent)
            {
                builder.Append(CultureInfo.InvariantCulture, $"[{depth}] ");
            }

            builder.Append(item.Kind.ToString());
            if (item.Node is { } child)
            {
                builder.Append(CultureInfo.InvariantCulture, $" {child.Span}").Append('\n');
                var children = child.GetChildren();
                for (var i = children.Length - 1; i >= 0; i--)
                {
                    stack.Push((children[i], depth + 1));
                }
            }
            else
            {
                var token = item.Token!;
                var text = token.IsMissing ? "<missing>" : $"\"{token.Text}\"";
                builder.Append(CultureInfo.InvariantCulture, $" {token.Span} {text}").Append('\n');
            }
        }

        return builder.ToString();
    }

    private static bool NeedsSpace(SyntaxKind previous, SyntaxKind current) =>
        previous is not (SyntaxKind.OpenParenToken or SyntaxKind.DotToken)
        && current is not (SyntaxKind.CloseParenToken or SyntaxKind.CommaToken or SyntaxKind.DotToken);
}
