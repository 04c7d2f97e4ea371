using System.Collections.Immutable;
using Dicta.Model;
using Dicta.Model.Diagnostics;
using Dicta.Model.Text;

namespace Dicta.Extraction.Quotations;

/// <summary>
/// Extraction stage 4: finds the quotations in an article's body (paragraphs and standfirst): pairs of “ ”, " ",
/// ‘ ’, ' ' and « », nested quotations, and quotations continued over paragraphs; tells apostrophes from closing
/// single quotes; reports unbalanced marks as diagnostics.
/// </summary>
/// <remarks>
/// A quotation never spans blocks, except by the journalistic convention for long quotations: a paragraph whose
/// quotation is still open at its end, followed by a paragraph that opens with the same mark, continues the
/// quotation there. Any other open quotation ends with its paragraph and is reported.
/// </remarks>
public static class QuoteScanner
{
    /// <summary>Finds the quotations in the body blocks of <paramref name="text"/>.</summary>
    /// <param name="text">The article's text.</param>
    /// <param name="blocks">The article's layout; only <see cref="BlockKind.Paragraph"/> and
    /// <see cref="BlockKind.Standfirst"/> blocks are read.</param>
    /// <exception cref="ArgumentException">A block lies past the end of the text.</exception>
    public static QuotationScan Scan(SourceText text, IEnumerable<Block> blocks)
    {
        var ordered = BodyBlocks.InTextOrder(text, blocks);
        var quotations = ImmutableArray.CreateBuilder<Quotation>();
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var continuing = false;
        for (var index = 0; index < ordered.Length; index++)
        {
            var block = ordered[index];
            if (!BodyBlocks.IsBody(block.Kind))
            {
                continue;
            }

            var scanner = new BlockQuoteScanner(text, block.GetContentSpan(text), continuing, quotations, diagnostics);
            scanner.Scan();
            var open = scanner.OutermostOpen;
            continuing = open is { } style && NextBodyBlockOpensWith(text, ordered, index, style);
            scanner.Finish(continuing);
        }

        return new QuotationScan(
            TextOrder.ByStart(quotations, q => q.Span.Start),
            TextOrder.ByStart(diagnostics, d => d.Location.Span.Start));
    }

    /// <summary>True when the next block that is not blank is a body block that opens with a mark of <paramref name="style"/>.</summary>
    private static bool NextBodyBlockOpensWith(SourceText text, ImmutableArray<Block> ordered, int index, QuoteStyle style)
    {
        for (var next = index + 1; next < ordered.Length; next++)
        {
            var block = ordered[next];
            if (block.Kind == BlockKind.Blank)
            {
                continue;
            }

            return BodyBlocks.IsBody(block.Kind)
                && QuoteMarkClassifier.OpensWith(text.AsSpan(block.GetContentSpan(text)), style);
        }

        return false;
    }
}
