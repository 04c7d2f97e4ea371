using System.Collections.Immutable;
using Dicta.Model;
using Dicta.Model.Text;

namespace Dicta.Extraction.Attribution;

/// <summary>
/// A statement as attribution finds it, before its speaker is resolved: what was said, and the spans of the phrases
/// that name its speaker, addressee and channel.
/// </summary>
/// <param name="Kind">Direct, partial or indirect.</param>
/// <param name="ContentSpan">What was said.</param>
/// <param name="QuoteSpans">The quoted segments inside the content, without their marks.</param>
/// <param name="CueSpan">The speech-act cue, when there is one.</param>
/// <param name="MentionSpan">The phrase that names the speaker, when there is one.</param>
/// <param name="AddresseeSpan">The phrase that names whom it was said to.</param>
/// <param name="ViaSpan">The phrase that names the channel that reports it.</param>
/// <param name="CarriedFrom">For a quotation paragraph with no attribution of its own, the index of the candidate whose speaker it carries forward.</param>
internal sealed record AttributionCandidate(
    StatementKind Kind,
    TextSpan ContentSpan,
    ImmutableArray<TextSpan> QuoteSpans,
    TextSpan? CueSpan,
    TextSpan? MentionSpan,
    TextSpan? AddresseeSpan,
    TextSpan? ViaSpan,
    int? CarriedFrom);
