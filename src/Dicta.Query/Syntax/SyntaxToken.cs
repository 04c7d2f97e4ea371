using System.Collections.Immutable;
using Dicta.Model.Text;

namespace Dicta.Query.Syntax;

/// <summary>
/// A token of a query with its trivia: a keyword, a name, a literal, punctuation, or the end of the query.
/// A token the parser expected but did not find is <see cref="IsMissing"/>: zero-width, with no trivia.
/// </summary>
public sealed class SyntaxToken
{
    // Trivia the lexer read live in one array per query, each token owning a slice of it (leading, then trailing);
    // the immutable arrays the public API hands out are made only when asked for, as most trees are never asked.
    private readonly SyntaxTrivia[] _sharedTrivia;
    private readonly int _leadingStart;
    private readonly int _leadingCount;
    private readonly int _trailingCount;
    private Tuple<ImmutableArray<SyntaxTrivia>, ImmutableArray<SyntaxTrivia>>? _materialized;

    internal SyntaxToken(
        SourceText source,
        SyntaxKind kind,
        TextSpan span,
        ImmutableArray<SyntaxTrivia> leadingTrivia,
        ImmutableArray<SyntaxTrivia> trailingTrivia,
        object? value,
        bool isMissing = false)
        : this(
            source,
            kind,
            span,
            leadingTrivia.IsDefaultOrEmpty && trailingTrivia.IsDefaultOrEmpty ? [] : [.. leadingTrivia.AsSpan(), .. trailingTrivia.AsSpan()],
            0,
            leadingTrivia.IsDefault ? 0 : leadingTrivia.Length,
            trailingTrivia.IsDefault ? 0 : trailingTrivia.Length,
            value,
            isMissing)
    {
    }

    /// <summary>
    /// A token whose leading trivia are <paramref name="leadingCount"/> elements of <paramref name="sharedTrivia"/>
    /// from <paramref name="leadingStart"/>, directly followed by its <paramref name="trailingCount"/> trailing trivia.
    /// The caller never changes that part of the array afterwards.
    /// </summary>
    internal SyntaxToken(
        SourceText source,
        SyntaxKind kind,
        TextSpan span,
        SyntaxTrivia[] sharedTrivia,
        int leadingStart,
        int leadingCount,
        int trailingCount,
        object? value,
        bool isMissing = false)
    {
        SourceText = source;
        Kind = kind;
        Span = span;
        _sharedTrivia = sharedTrivia;
        _leadingStart = leadingStart;
        _leadingCount = leadingCount;
        _trailingCount = trailingCount;
        Value = value;
        IsMissing = isMissing;
    }

    /// <summary>The query text the spans point into.</summary>
    public SourceText SourceText { get; }

    /// <summary>What the token is.</summary>
    public SyntaxKind Kind { get; }

    /// <summary>The characters of the token, without trivia.</summary>
    public TextSpan Span { get; }

    /// <summary>The characters of the token with its leading and trailing trivia.</summary>
    public TextSpan FullSpan =>
        TextSpan.FromBounds(
            _leadingCount == 0 ? Span.Start : _sharedTrivia[_leadingStart].Span.Start,
            _trailingCount == 0 ? Span.End : _sharedTrivia[_leadingStart + _leadingCount + _trailingCount - 1].Span.End);

    /// <summary>The trivia before the token: everything since the previous token's trailing trivia.</summary>
    public ImmutableArray<SyntaxTrivia> LeadingTrivia => _leadingCount == 0 ? [] : Materialized.Item1;

    /// <summary>The trivia after the token up to and including the end of its line.</summary>
    public ImmutableArray<SyntaxTrivia> TrailingTrivia => _trailingCount == 0 ? [] : Materialized.Item2;

    /// <summary>The leading trivia without making an immutable array of them (the parser reads them for every token).</summary>
    internal ReadOnlySpan<SyntaxTrivia> LeadingTriviaSpan => _sharedTrivia.AsSpan(_leadingStart, _leadingCount);

    /// <summary>The trailing trivia without making an immutable array of them.</summary>
    internal ReadOnlySpan<SyntaxTrivia> TrailingTriviaSpan => _sharedTrivia.AsSpan(_leadingStart + _leadingCount, _trailingCount);

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
        trivia.IsEmpty
            ? this
            : new SyntaxToken(SourceText, Kind, Span, [.. trivia.AsSpan(), .. LeadingTriviaSpan, .. TrailingTriviaSpan], 0, trivia.Length + _leadingCount, _trailingCount, Value, IsMissing);

    /// <summary>
    /// The leading and trailing trivia as immutable arrays, made once: threads racing here all get the pair that was
    /// stored first.
    /// </summary>
    private Tuple<ImmutableArray<SyntaxTrivia>, ImmutableArray<SyntaxTrivia>> Materialized
    {
        get
        {
            if (Volatile.Read(ref _materialized) is { } materialized)
            {
                return materialized;
            }

            var made = Tuple.Create(
                ImmutableArray.Create(_sharedTrivia, _leadingStart, _leadingCount),
                ImmutableArray.Create(_sharedTrivia, _leadingStart + _leadingCount, _trailingCount));
            return Interlocked.CompareExchange(ref _materialized, made, null) ?? made;
        }
    }
}
