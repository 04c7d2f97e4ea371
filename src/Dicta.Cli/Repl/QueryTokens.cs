using Dicta.Query.Syntax;

namespace Dicta.Cli.Repl;

/// <summary>
/// The tokens of a query as the user typed them, in source order: the tree's tokens without the missing ones and the
/// end of the query, with the tokens the parser skipped put back where they stand. Highlighting and completion read
/// the text this way because a half-typed query is mostly skipped and missing tokens.
/// </summary>
internal static class QueryTokens
{
    /// <summary>The written tokens of <paramref name="tree"/>, skipped ones included.</summary>
    public static IEnumerable<SyntaxToken> Of(SyntaxTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        foreach (var token in tree.Root.DescendantTokens())
        {
            foreach (var skipped in Skipped(token.LeadingTrivia))
            {
                yield return skipped;
            }

            if (!token.IsMissing && token.Kind != SyntaxKind.EndOfFileToken)
            {
                yield return token;
            }

            foreach (var skipped in Skipped(token.TrailingTrivia))
            {
                yield return skipped;
            }
        }
    }

    /// <summary>Every trivia of the tree (white space, line breaks, comments, skipped tokens), in source order.</summary>
    public static IEnumerable<SyntaxTrivia> Trivia(SyntaxTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        return tree.Root.DescendantTokens().SelectMany(token => token.LeadingTrivia.Concat(token.TrailingTrivia));
    }

    /// <summary>True when <paramref name="token"/> was skipped by the parser (it hangs in trivia, not in the tree).</summary>
    public static bool IsSkipped(SyntaxTree tree, SyntaxToken token) =>
        Trivia(tree).Any(trivia => ReferenceEquals(trivia.SkippedToken, token));

    private static IEnumerable<SyntaxToken> Skipped(IEnumerable<SyntaxTrivia> trivia) =>
        trivia.Where(t => t.SkippedToken is not null).Select(t => t.SkippedToken!);
}
