using System.Collections.Immutable;
using Dicta.Model.Text;

namespace Dicta.Extraction.Attribution;

/// <summary>A run of tokens that names someone: "Russian President Vladimir Putin", "he", "the Chinese leader".</summary>
/// <param name="Start">The index of the first token.</param>
/// <param name="End">The index just past the last token.</param>
/// <param name="Span">The characters from the first token to the last.</param>
internal sealed record Phrase(int Start, int End, TextSpan Span)
{
    /// <summary>The phrase covering tokens <paramref name="start"/> up to (not including) <paramref name="end"/>.</summary>
    public static Phrase Of(ImmutableArray<Token> tokens, int start, int end) =>
        new(start, end, TextSpan.FromBounds(tokens[start].Span.Start, tokens[end - 1].Span.End));
}
