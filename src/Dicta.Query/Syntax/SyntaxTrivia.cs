using Dicta.Model.Text;

namespace Dicta.Query.Syntax;

/// <summary>
/// Text that is not a token of the query: white space, line breaks, comments, and tokens the parser skipped.
/// Trivia hangs off the token it precedes (leading) or follows on the same line (trailing), so that a tree prints
/// back its input exactly.
/// </summary>
/// <remarks>
/// A value, not an object: a query has about as many trivia as tokens, and a struct lets a tree keep them all in one
/// array. Two trivia are equal when they are the same kind over the same span of the same text (and hold the same
/// skipped token). The default value has no source text and is never produced by the parser.
/// </remarks>
public readonly record struct SyntaxTrivia
{
    internal SyntaxTrivia(SourceText source, SyntaxKind kind, TextSpan span, SyntaxToken? skippedToken = null)
    {
        SourceText = source;
        Kind = kind;
        Span = span;
        SkippedToken = skippedToken;
    }

    /// <summary>The query text the span points into.</summary>
    public SourceText SourceText { get; }

    /// <summary><see cref="SyntaxKind.WhitespaceTrivia"/>, <see cref="SyntaxKind.EndOfLineTrivia"/>,
    /// <see cref="SyntaxKind.LineCommentTrivia"/> or <see cref="SyntaxKind.SkippedTokensTrivia"/>.</summary>
    public SyntaxKind Kind { get; }

    /// <summary>The characters of the trivia.</summary>
    public TextSpan Span { get; }

    /// <summary>For <see cref="SyntaxKind.SkippedTokensTrivia"/>, the skipped token (a highlighter can still colour it); otherwise null.</summary>
    public SyntaxToken? SkippedToken { get; }

    /// <summary>The characters of the trivia, as written.</summary>
    public string Text => SourceText.ToString(Span);

    /// <summary>The kind and text, for debugging.</summary>
    public override string ToString() => $"{Kind} \"{Text}\"";
}
