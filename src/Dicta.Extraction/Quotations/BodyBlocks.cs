using System.Collections.Immutable;
using Dicta.Model;
using Dicta.Model.Text;

namespace Dicta.Extraction.Quotations;

/// <summary>Which blocks hold the body text that the quotation and sentence stages analyse.</summary>
internal static class BodyBlocks
{
    /// <summary>Paragraphs and the standfirst are prose; a dateline, headings, titles and boilerplate are not.</summary>
    internal static bool IsBody(BlockKind kind) => kind is BlockKind.Paragraph or BlockKind.Standfirst;

    /// <summary>The blocks in text order, after checking that each lies inside <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentException">A block lies past the end of the text.</exception>
    internal static ImmutableArray<Block> InTextOrder(SourceText text, IEnumerable<Block> blocks)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(blocks);
        var builder = ImmutableArray.CreateBuilder<Block>(blocks.TryGetNonEnumeratedCount(out var count) ? count : 0);
        foreach (var block in blocks)
        {
            if (!text.Contains(block.Span))
            {
                throw new ArgumentException($"The block {block.Span} lies past the end of the text ({text.Length}).", nameof(blocks));
            }

            builder.Add(block);
        }

        // A stable order: the layout stage already gives blocks in order, and equal starts keep their order.
        return TextOrder.ByStart(builder, b => b.Span.Start);
    }
}
