using Dicta.Extraction.Quotations;

namespace Dicta.Extraction.Sentences;

/// <summary>
/// What the sentence splitter needs from a <see cref="QuotationScan"/>: where quotation marks open and close, and
/// which stretches lie inside a well-formed quotation (no sentence ends there).
/// </summary>
internal sealed class QuotationIndex
{
    private readonly HashSet<int> _openings = [];
    private readonly HashSet<int> _closings = [];
    private readonly List<int> _insideStarts = [];
    private readonly List<int> _insideEnds = [];

    /// <summary>Indexes <paramref name="scan"/>.</summary>
    internal QuotationIndex(QuotationScan scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        var quotations = scan.Quotations.IsDefault ? [] : scan.Quotations;

        // An unbalanced quotation may be a stray mark: trusting it would glue the rest of its paragraph into one sentence.
        foreach (var quotation in TextOrder.ByStart(quotations, q => q.Span.Start))
        {
            _openings.Add(quotation.Span.Start);
            if (quotation.IsClosed && quotation.Span.Length > 0)
            {
                _closings.Add(quotation.Span.End - 1);
            }

            if (!quotation.IsBalanced)
            {
                continue;
            }

            if (_insideEnds.Count > 0 && quotation.Span.Start < _insideEnds[^1])
            {
                _insideEnds[^1] = Math.Max(_insideEnds[^1], quotation.Span.End);
            }
            else
            {
                _insideStarts.Add(quotation.Span.Start);
                _insideEnds.Add(quotation.Span.End);
            }
        }
    }

    /// <summary>True when a quotation opens at <paramref name="offset"/>.</summary>
    internal bool IsOpening(int offset) => _openings.Contains(offset);

    /// <summary>True when a quotation is closed by the mark at <paramref name="offset"/>.</summary>
    internal bool IsClosing(int offset) => _closings.Contains(offset);

    /// <summary>True when a boundary at <paramref name="offset"/> (between two characters) would cut a well-formed quotation.</summary>
    internal bool IsInsideQuotation(int offset)
    {
        var index = _insideStarts.BinarySearch(offset);
        var candidate = index >= 0 ? index - 1 : ~index - 1;
        return candidate >= 0 && offset < _insideEnds[candidate];
    }
}
