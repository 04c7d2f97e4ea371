using System.Collections.Immutable;
using Dicta.Model.Text;
using Dicta.Query.Syntax;

namespace Dicta.Cli.Repl;

/// <summary>
/// Classifies the text of a query for colouring, from its syntax tree: keywords, the source, fields, literals,
/// parameters, operators, comments, and what the parser skipped (shown as bad). White space is left unclassified.
/// A pure function of the text, so the REPL can call it on every key press and tests can check it.
/// </summary>
internal static class QueryHighlighter
{
    /// <summary>The classified pieces of <paramref name="text"/>, in order, not overlapping.</summary>
    public static ImmutableArray<HighlightSpan> Classify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tree = SyntaxTree.Parse(text);
        var skipped = QueryTokens.Trivia(tree).Where(t => t.SkippedToken is not null).Select(t => t.SkippedToken!).ToHashSet();
        var source = tree.Root.Source;
        var spans = QueryTokens.Of(tree)
            .Where(token => token.Span.Length > 0)
            .Select(token => new HighlightSpan(token.Span, skipped.Contains(token) ? HighlightClass.Bad : ClassOf(token, source)))
            .Concat(QueryTokens.Trivia(tree)
                .Where(trivia => trivia.Kind == SyntaxKind.LineCommentTrivia)
                .Select(trivia => new HighlightSpan(trivia.Span, HighlightClass.Comment)));
        return [.. spans.OrderBy(span => span.Span.Start)];
    }

    /// <summary>The pieces of <paramref name="text"/> that lie in <paramref name="window"/>, shifted to start at 0: the
    /// classes of one line of a multi-line query, classified with the lines before it.</summary>
    public static ImmutableArray<HighlightSpan> ClassifyWindow(string text, TextSpan window) =>
        [.. Classify(text)
            .Where(span => span.Span.End > window.Start && span.Span.Start < window.End)
            .Select(span => new HighlightSpan(
                TextSpan.FromBounds(Math.Max(span.Span.Start, window.Start) - window.Start, Math.Min(span.Span.End, window.End) - window.Start),
                span.Class))];

    private static HighlightClass ClassOf(SyntaxToken token, SyntaxToken source) => token.Kind switch
    {
        SyntaxKind.IdentifierToken => ReferenceEquals(token, source) ? HighlightClass.Source : HighlightClass.Field,
        SyntaxKind.StringLiteralToken => HighlightClass.String,
        SyntaxKind.NumberLiteralToken or SyntaxKind.DateLiteralToken => HighlightClass.Number,
        SyntaxKind.RegexLiteralToken => HighlightClass.Regex,
        SyntaxKind.ParameterToken => HighlightClass.Parameter,
        SyntaxKind.BadToken => HighlightClass.Bad,
        _ when SyntaxFacts.IsKeyword(token.Kind) => HighlightClass.Keyword,
        _ when SyntaxFacts.IsPunctuation(token.Kind) => HighlightClass.Operator,
        _ => HighlightClass.Bad,
    };
}
