using System.Collections.Immutable;
using Dicta.Extraction.Quotations;
using Dicta.Model;

namespace Dicta.Extraction.Attribution;

/// <summary>A sentence with its tokens and the outer quotations that touch it: cut once, read by attribution and resolution.</summary>
/// <param name="Sentence">The sentence.</param>
/// <param name="Tokens">Its tokens.</param>
/// <param name="Quotations">The outer (depth 0) quotations that overlap it.</param>
internal sealed record TokenizedSentence(Sentence Sentence, ImmutableArray<Token> Tokens, ImmutableArray<Quotation> Quotations);
