using System.Collections.Immutable;
using System.Text;
using Dicta.Extraction.Quotations;

namespace Dicta.Extraction.Tests.Quotations;

/// <summary>Two pairs of marks that alternate by depth: doubles and singles of one family.</summary>
internal sealed record QuoteMarks(QuoteStyle Double, QuoteStyle Single)
{
    public static readonly QuoteMarks[] All =
    [
        new(QuoteStyle.Curly, QuoteStyle.SingleCurly),
        new(QuoteStyle.Straight, QuoteStyle.SingleStraight),
        new(QuoteStyle.Guillemet, QuoteStyle.SingleCurly),
    ];

    public static (char Open, char Close) Chars(QuoteStyle style) => style switch
    {
        QuoteStyle.Curly => ('“', '”'),
        QuoteStyle.Straight => ('"', '"'),
        QuoteStyle.SingleCurly => ('‘', '’'),
        QuoteStyle.SingleStraight => ('\'', '\''),
        _ => ('«', '»'),
    };
}

/// <summary>A word (<paramref name="Word"/> set) or a quotation of <paramref name="Children"/>.</summary>
internal sealed record QuoteTree(string? Word, QuoteTree[] Children);

/// <summary>One paragraph of items; quotations at even depths (shifted by <paramref name="Offset"/>) use doubles.</summary>
internal sealed record QuotedParagraph(QuoteMarks Marks, int Offset, QuoteTree[] Items);

/// <summary>Generated text with the quotations it holds: start, end, depth and style of each.</summary>
internal sealed record QuotedText(string Text, ImmutableArray<(int Start, int End, int Depth, QuoteStyle Style)> Expected)
{
    public static QuotedText Render(QuotedParagraph[] paragraphs)
    {
        var text = new StringBuilder();
        var expected = ImmutableArray.CreateBuilder<(int, int, int, QuoteStyle)>();
        foreach (var paragraph in paragraphs)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            RenderItems(paragraph, paragraph.Items, 0, text, expected);
        }

        return new QuotedText(text.ToString(), [.. expected.OrderBy(e => e.Item1)]);
    }

    public override string ToString() => Text;

    private static void RenderItems(
        QuotedParagraph paragraph,
        QuoteTree[] items,
        int depth,
        StringBuilder text,
        ImmutableArray<(int, int, int, QuoteStyle)>.Builder expected)
    {
        for (var i = 0; i < items.Length; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            var item = items[i];
            if (item.Word is { } word)
            {
                text.Append(word);
                continue;
            }

            var style = (depth + paragraph.Offset) % 2 == 0 ? paragraph.Marks.Double : paragraph.Marks.Single;
            var (open, close) = QuoteMarks.Chars(style);
            var start = text.Length;
            text.Append(open);
            RenderItems(paragraph, item.Children, depth + 1, text, expected);
            text.Append(close);
            expected.Add((start, text.Length, depth, style));
        }
    }
}
