using Dicta.Model.Diagnostics;
using Dicta.Query.Syntax;

namespace Dicta.Query.Parsing;

/// <summary>
/// Bounds how deep a query nests before it is parsed, so that neither the parser (which recurses on parentheses) nor
/// anything that walks the tree recursively (the binder) can run out of stack. The depth at a token is the number of
/// open parentheses plus the <c>not</c>s still pending at each level (a <c>not</c> is pending until <c>and</c>,
/// <c>or</c>, a comma or its closing parenthesis, but not the <c>and</c> of a <c>between</c>); that bounds the
/// depth of the tree the parser builds.
/// </summary>
internal static class NestingGuard
{
    /// <summary>The deepest nesting a query may have.</summary>
    public const int MaxDepth = 200;

    /// <summary>
    /// The tokens unchanged when they nest at most <see cref="MaxDepth"/> deep; otherwise the tokens before the first one
    /// too deep, then the end-of-file token carrying the rest as skipped trivia, and the first token cut off.
    /// </summary>
    public static (SyntaxToken[] Tokens, SyntaxToken? Cut) Apply(SyntaxToken[] tokens)
    {
        if (CannotBeTooDeep(tokens))
        {
            return (tokens, null);
        }

        var levels = new Stack<(int Nots, bool InBetween)>();
        levels.Push((0, false));
        var depth = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            switch (tokens[i].Kind)
            {
                case SyntaxKind.OpenParenToken:
                    levels.Push((0, false));
                    depth++;
                    break;
                case SyntaxKind.CloseParenToken when levels.Count > 1:
                    depth -= levels.Pop().Nots + 1;
                    break;
                case SyntaxKind.NotKeyword:
                    var level = levels.Pop();
                    levels.Push((level.Nots + 1, level.InBetween));
                    depth++;
                    break;
                case SyntaxKind.BetweenKeyword:
                    levels.Push((levels.Pop().Nots, true));
                    break;
                case SyntaxKind.AndKeyword when levels.Peek().InBetween:
                    levels.Push((levels.Pop().Nots, false));
                    break;
                case SyntaxKind.AndKeyword or SyntaxKind.OrKeyword or SyntaxKind.CommaToken:
                    depth -= levels.Pop().Nots;
                    levels.Push((0, false));
                    break;
            }

            if (depth > MaxDepth)
            {
                var endOfFile = tokens[^1].WithPrependedLeadingTrivia(SkippedTrivia.From(tokens[i..^1]));
                return ([.. tokens[..i], endOfFile], tokens[i]);
            }
        }

        return (tokens, null);
    }

    /// <summary>
    /// True when the query has no more open parentheses and <c>not</c>s than <see cref="MaxDepth"/>: only they add to
    /// the depth, so it cannot exceed that, and most queries need no stack of levels.
    /// </summary>
    private static bool CannotBeTooDeep(SyntaxToken[] tokens)
    {
        var nesting = 0;
        foreach (var token in tokens)
        {
            if (token.Kind is SyntaxKind.OpenParenToken or SyntaxKind.NotKeyword && ++nesting > MaxDepth)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The diagnostic for a query cut at <paramref name="token"/>.</summary>
    public static Diagnostic Diagnose(SyntaxToken token) =>
        SyntaxDiagnostics.NestingTooDeep.Create(Location.In(token.SourceText, token.Span), MaxDepth);
}
