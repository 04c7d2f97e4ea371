using System.Collections.Immutable;
using Dicta.Model.Text;

namespace Dicta.Query.Syntax;

/// <summary>
/// A token of a query with its trivia: a keyword, a name, a literal, punctuation, or the end of the query.
/// A token the parser expected but did not find is <see cref="IsMissing"/>: zero-width, with no trivia.
/// </summary>
public sealed class SyntaxToken
{
    internal SyntaxToken(
        SourceText source,
        SyntaxKind kind,
        TextSpan span,
        ImmutableArray<SyntaxTrivia> leadingTrivia,
        ImmutableArray<SyntaxTrivia> trailingTrivia,
        object? value,
        bool isMissing = false)
    {
        SourceText = source;
        Kind = kind;
        Span = span;
        LeadingTrivia = leadingTrivia.IsDefault ? [] : leadingTrivia;
        TrailingTrivia = trailingTrivia.IsDefault ? [] : trailingTrivia;
        Value = value;
        IsMissing = isMissing;
        var start = LeadingTrivia.IsEmpty ? span.Start : LeadingTrivia[0].Span.Start;
        var end = TrailingTrivia.IsEmpty ? span.End : TrailingTrivia[^1].Span.End;
        FullSpan = TextSpan.FromBounds(start, end);
    }

    /// <summary>The query text the spans point into.</summary>
    public SourceText SourceText { get; }

    /// <summary>What the token is.</summary>
    public SyntaxKind Kind { get; }

    /// <summary>The characters of the token, without trivia.</summary>
    public TextSpan Span { get; }

    /// <summary>The characters of the token with its leading and trailing trivia.</summary>
    public TextSpan FullSpan { get; }

    /// <summary>The trivia before the token: everything since the previous token's trailing trivia.</summary>
    public ImmutableArray<SyntaxTrivia> LeadingTrivia { get; }

    /// <summary>The trivia after the token up to and including the end of its line.</summary>
    public ImmutableArray<SyntaxTrivia> TrailingTrivia { get; }

    /// <summary>True for a token the parser inserted because it expected one here; it has no text.</summary>
    public bool IsMissing { get; }

    /// <summary>
    /// The value the token denotes: the string with its escapes resolved, a <see cref="decimal"/> for a number
    /// (a <see cref="double"/> when it is too large for a decimal), a <see cref="DateOnly"/> for a date (null when the
    /// date does not exist), a <see cref="RegexLiteral"/>, a <see cref="bool"/> for <c>true</c>/<c>false</c>, the name
    /// without <c>$</c> for a parameter; null for other tokens.
    /// </summary>
    public object? Value { get; }

    /// <summary>The characters of the token as written (empty when missing).</summary>
    public string Text => SourceText.ToString(Span);

    /// <summary>The token with its trivia, as written.</summary>
    public string ToFullString() => SourceText.ToString(FullSpan);

    /// <summary>The text of the token, without trivia.</summary>
    public override string ToString() => Text;

    /// <summary>
    /// True when the token means the same as <paramref name="other"/> whatever its trivia and position: the same kind
    /// and missing-ness, and the same text (names and keywords compare case-insensitively, as the language reads them).
    /// </summary>
    public bool IsEquivalentTo(SyntaxToken other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Kind != other.Kind || IsMissing != other.IsMissing)
        {
            return false;
        }

        if (SyntaxFacts.GetText(Kind) is not null)
        {
            return true;
        }

        var comparison = Kind is SyntaxKind.IdentifierToken or SyntaxKind.ParameterToken
            ? StringComparison.OrdinalIgnoreCase
            : StringComparison.Ordinal;
        return SourceText.AsSpan(Span).Equals(other.SourceText.AsSpan(other.Span), comparison);
    }

    /// <summary>The same token with <paramref name="trivia"/> put before its leading trivia.</summary>
    internal SyntaxToken WithPrependedLeadingTrivia(ImmutableArray<SyntaxTrivia> trivia) =>
        trivia.IsEmpty ? this : new SyntaxToken(SourceText, Kind, Span, trivia.AddRange(LeadingTrivia), TrailingTrivia, Value, IsMissing);
}
