using System.Collections.Immutable;
using System.Text;
using Dicta.Model.Diagnostics;
using Dicta.Model.Text;

namespace Dicta.Model;

/// <summary>
/// An utterance that an article attributes to a source: what was said (as spans into the article's text),
/// who said it, to whom, through which channel, and about what.
/// A statement belongs to the <see cref="Model.Article"/> it was added to, and reads its text from there without copying.
/// </summary>
public sealed record Statement
{
    private readonly ImmutableArray<TextSpan> _quoteSpans = [];
    private readonly ImmutableArray<Topic> _topics = [];
    private readonly ImmutableArray<Speaker> _alternatives = [];

    /// <summary>Direct, partial or indirect.</summary>
    public required StatementKind Kind { get; init; }

    /// <summary>The span that holds what was said: for a direct statement from the first quotation mark to the last; otherwise the reported clause.</summary>
    public required TextSpan ContentSpan { get; init; }

    /// <summary>The quoted segments, in order, without their quotation marks; empty for an indirect statement.</summary>
    public ImmutableArray<TextSpan> QuoteSpans
    {
        get => _quoteSpans;
        init => _quoteSpans = value.IsDefault ? [] : IsAscending(value, (a, b) => a.CompareTo(b) <= 0) ? value : [.. value.Order()];
    }

    /// <summary>The speech-act cue: "said", "told", "according to", "quoted … as saying".</summary>
    public TextSpan? CueSpan { get; init; }

    /// <summary>The text that names the speaker at the attribution: "President Vladimir Putin", "he".</summary>
    public TextSpan? MentionSpan { get; init; }

    /// <summary>Who said it.</summary>
    public required Speaker Speaker { get; init; }

    /// <summary>Whom it was said to, where the article names someone.</summary>
    public Speaker? Addressee { get; init; }

    /// <summary>The channel that reports it ("according to CCTV"), where the article names one.</summary>
    public Speaker? Via { get; init; }

    /// <summary>The topics its content touches, distinct, in slug order.</summary>
    public ImmutableArray<Topic> Topics
    {
        get => _topics;
        init => _topics = value.IsDefault ? []
            : value.Length == 1 ? value[0].Alone
            : IsAscending(value, (a, b) => string.CompareOrdinal(a.Slug, b.Slug) < 0) ? value
            : [.. value.Distinct().OrderBy(t => t.Slug, StringComparer.Ordinal)];
    }

    /// <summary>True when the article's own text garbles the attribution and <see cref="Speaker"/> is the most plausible reading.</summary>
    public bool IsAmbiguous { get; init; }

    /// <summary>The other readings of an ambiguous attribution.</summary>
    public ImmutableArray<Speaker> Alternatives
    {
        get => _alternatives;
        init => _alternatives = value.IsDefault ? [] : value;
    }

    /// <summary>The article the statement belongs to.</summary>
    /// <exception cref="InvalidOperationException">The statement has not been added to an article.</exception>
    public Article Article => Owner ?? throw new InvalidOperationException("The statement has not been added to an article yet.");

    /// <summary>True once the statement belongs to an article.</summary>
    public bool IsInArticle => Owner is not null;

    /// <summary>The text of the article the statement belongs to.</summary>
    public SourceText Source => Article.Text;

    /// <summary>What was said, read from the article's text without copying.</summary>
    public ReadOnlyMemory<char> Content => Source.AsMemory(ContentSpan);

    /// <summary>The quoted segments, read from the article's text without copying.</summary>
    public IEnumerable<ReadOnlyMemory<char>> Quotes => QuoteSpans.Select(Source.AsMemory);

    /// <summary>The cue's text, or empty.</summary>
    public ReadOnlyMemory<char> Cue => CueSpan is { } span ? Source.AsMemory(span) : ReadOnlyMemory<char>.Empty;

    /// <summary>The mention's text, or empty.</summary>
    public ReadOnlyMemory<char> Mention => MentionSpan is { } span ? Source.AsMemory(span) : ReadOnlyMemory<char>.Empty;

    /// <summary>Where the content lies, for citing and highlighting.</summary>
    public Location Location => Location.In(Source, ContentSpan);

    /// <summary>The one-based line the content starts on.</summary>
    public int Line => Source.GetLinePosition(ContentSpan.Start).Line + 1;

    /// <summary>The article this copy belongs to; set by <see cref="Model.Article"/> when it takes the statement in.</summary>
    internal Article? Owner { get; init; }

    /// <summary>Statements are equal when every part is equal and they belong to the same article (by reference).</summary>
    public bool Equals(Statement? other) =>
        other is not null
        && ReferenceEquals(Owner, other.Owner)
        && Kind == other.Kind
        && ContentSpan == other.ContentSpan
        && CueSpan == other.CueSpan
        && MentionSpan == other.MentionSpan
        && IsAmbiguous == other.IsAmbiguous
        && Speaker.Equals(other.Speaker)
        && Equals(Addressee, other.Addressee)
        && Equals(Via, other.Via)
        && QuoteSpans.SequenceEqual(other.QuoteSpans)
        && Topics.SequenceEqual(other.Topics)
        && Alternatives.SequenceEqual(other.Alternatives);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, ContentSpan, Speaker.Name);

    /// <summary>True when every item is in order with the next: then a copy made by <c>with</c> need not sort again.</summary>
    private static bool IsAscending<T>(ImmutableArray<T> items, Func<T, T, bool> inOrder)
    {
        for (var i = 1; i < items.Length; i++)
        {
            if (!inOrder(items[i - 1], items[i]))
            {
                return false;
            }
        }

        return true;
    }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Kind = ").Append(Kind)
            .Append(", Speaker = ").Append(Speaker.Name)
            .Append(", ContentSpan = ").Append(ContentSpan);
        if (Owner is not null)
        {
            builder.Append(", Article = ").Append(Owner.Id);
        }

        return true;
    }
}
