using System.Collections.Immutable;
using Dicta.Extraction.Quotations;
using Dicta.Model;
using Dicta.Model.Text;

namespace Dicta.Extraction.Sentences;

/// <summary>
/// Extraction stage 3: splits an article's body blocks (paragraphs and standfirst) into sentences.
/// </summary>
/// <remarks>
/// Sentences end at ., ? and ! (with any closing quotation marks and brackets after them) and at the end of their
/// block; they never span blocks. A period does not end a sentence after an abbreviation (U.S., Mr., No. 5), an
/// initial, inside a number (3.5%, $218.2bn, 2.0) or at an ellipsis before a lowercase word; no sentence ends inside
/// a well-formed quotation, so “A. B. C,” Putin said. is one sentence. Sentences glued without a space
/// ("announced.The", "situation.”“I") are split by the shapes around the period.
/// </remarks>
public static class SentenceSplitter
{
    /// <summary>The sentences of the body blocks of <paramref name="text"/>, in order.</summary>
    /// <param name="text">The article's text.</param>
    /// <param name="blocks">The article's layout; only <see cref="BlockKind.Paragraph"/> and
    /// <see cref="BlockKind.Standfirst"/> blocks are read.</param>
    /// <param name="quotes">The quotations found by <see cref="QuoteScanner.Scan"/> in the same text.</param>
    /// <exception cref="ArgumentException">A block lies past the end of the text.</exception>
    public static ImmutableArray<Sentence> Split(SourceText text, IEnumerable<Block> blocks, QuotationScan quotes)
    {
        var ordered = BodyBlocks.InTextOrder(text, blocks);
        var index = new QuotationIndex(quotes);
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var previousEnd = 0;
        foreach (var block in ordered)
        {
            // Overlapping blocks would give overlapping sentences; a block that starts inside the previous one is skipped.
            if (!BodyBlocks.IsBody(block.Kind) || block.Span.Start < previousEnd)
            {
                continue;
            }

            previousEnd = block.Span.End;
            var content = block.GetContentSpan(text);
            if (!content.IsEmpty)
            {
                new BlockSentenceSplitter(text.AsSpan(content), content.Start, index).Split(sentences);
            }
        }

        return sentences.DrainToImmutable();
    }
}
