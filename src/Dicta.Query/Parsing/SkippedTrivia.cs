using System.Collections.Immutable;
using Dicta.Query.Syntax;

namespace Dicta.Query.Parsing;

/// <summary>Turns tokens the parser gives up on into trivia, so the text they cover stays in the tree.</summary>
internal static class SkippedTrivia
{
    /// <summary>
    /// The trivia for <paramref name="tokens"/>, in order: each token's leading trivia, a
    /// <see cref="SyntaxKind.SkippedTokensTrivia"/> holding the token (without its trivia), and its trailing trivia.
    /// </summary>
    public static ImmutableArray<SyntaxTrivia> From(IEnumerable<SyntaxToken> tokens)
    {
        if (tokens.TryGetNonEnumeratedCount(out var count) && count == 0)
        {
            return [];
        }

        var builder = ImmutableArray.CreateBuilder<SyntaxTrivia>();
        foreach (var token in tokens)
        {
            builder.AddRange(token.LeadingTriviaSpan);
            var bare = new SyntaxToken(token.SourceText, token.Kind, token.Span, [], [], token.Value);
            builder.Add(new SyntaxTrivia(token.SourceText, SyntaxKind.SkippedTokensTrivia, token.Span, bare));
            builder.AddRange(token.TrailingTriviaSpan);
        }

        return builder.DrainToImmutable();
    }
}
