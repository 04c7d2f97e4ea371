using Dicta.Model.Text;

namespace Dicta.Extraction.Quotations;

/// <summary>
/// One quotation in one body block: the text between an opening quotation mark and its closing mark.
/// A quotation continued over several paragraphs (each opening with a quotation mark, only the last closing it)
/// is one <see cref="Quotation"/> per paragraph, linked by <see cref="ContinuesToNext"/> and <see cref="ContinuesFromPrevious"/>.
/// </summary>
/// <param name="Span">The quotation with its marks: from the opening mark to just past the closing mark, or to the end of
/// the paragraph's text when the quotation is not closed there.</param>
/// <param name="ContentSpan">The characters inside the marks.</param>
/// <param name="Style">The kind of marks.</param>
/// <param name="Depth">0 for an outer quotation, 1 for a quotation inside it, and so on.</param>
/// <param name="IsClosed">True when a closing mark ends the quotation in this paragraph.</param>
/// <param name="ContinuesFromPrevious">True when the quotation goes on from an unclosed quotation in the previous paragraph.</param>
/// <param name="ContinuesToNext">True when the quotation is not closed here but goes on in the next paragraph,
/// which opens with a quotation mark (the journalistic convention for quotations of several paragraphs).</param>
public sealed record Quotation(
    TextSpan Span,
    TextSpan ContentSpan,
    QuoteStyle Style,
    int Depth,
    bool IsClosed,
    bool ContinuesFromPrevious,
    bool ContinuesToNext)
{
    /// <summary>
    /// True when the quotation is well formed: closed in its paragraph or continued in the next one.
    /// False for a quotation whose opening mark was never matched (a diagnostic reports it).
    /// </summary>
    public bool IsBalanced => IsClosed || ContinuesToNext;
}
