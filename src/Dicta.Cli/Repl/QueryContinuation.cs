using Dicta.Query.Syntax;

namespace Dicta.Cli.Repl;

/// <summary>
/// Decides whether a query typed so far is finished or goes on on the next line, from its syntax tree: it goes on when
/// the parser had to supply a token at its very end (an unclosed parenthesis, a trailing <c>and</c>, <c>or</c> or
/// operator, <c>order</c> without <c>by</c>). A mistake in the middle is not a reason to wait: the query runs and its
/// diagnostics show. An unterminated string does not continue either, because a string cannot span lines in the
/// language (the lexer ends it at the line break), so no further line could close it.
/// </summary>
internal static class QueryContinuation
{
    /// <summary>True when <paramref name="text"/> lacks tokens at its end and the next line may supply them.</summary>
    public static bool IsIncomplete(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var tree = SyntaxTree.Parse(text);
        var lastWritten = QueryTokens.Of(tree).LastOrDefault();
        if (lastWritten is null)
        {
            return false;
        }

        return tree.Root.DescendantTokens().Any(token => token.IsMissing && token.Span.Start >= lastWritten.Span.End);
    }
}
