using Dicta.Model;
using Dicta.Model.Text;

namespace Dicta.Extraction.Layout;

/// <summary>A block the article grammar recognised, with what it tells about the metadata.</summary>
/// <param name="Kind">The block's role.</param>
/// <param name="Span">The block's characters, line breaks included.</param>
/// <param name="Clue">What the block says about title, outlet, date or dateline, if anything.</param>
internal sealed record LayoutItem(BlockKind Kind, TextSpan Span, MetadataClue? Clue = null)
{
    /// <summary>A block of one whole line.</summary>
    public static LayoutItem Of(BlockKind kind, ArticleLine line, MetadataClue? clue = null) => new(kind, line.FullSpan, clue);

    /// <summary>A block of consecutive whole lines.</summary>
    public static LayoutItem Of(BlockKind kind, IEnumerable<ArticleLine> lines)
    {
        var list = lines as IReadOnlyList<ArticleLine> ?? [.. lines];
        return new(kind, TextSpan.FromBounds(list[0].FullSpan.Start, list[^1].FullSpan.End));
    }
}
