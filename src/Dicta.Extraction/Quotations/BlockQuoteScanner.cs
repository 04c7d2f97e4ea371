using System.Collections.Immutable;
using Dicta.Model.Diagnostics;
using Dicta.Model.Text;

namespace Dicta.Extraction.Quotations;

/// <summary>
/// Pairs the quotation marks of one body block with a stack of open quotations.
/// One instance serves one block; the <see cref="QuoteScanner"/> links blocks through continuation.
/// </summary>
internal sealed class BlockQuoteScanner
{
    private const string NeverClosed = "nothing closes it";
    private const string NeverOpened = "nothing opens it";

    private readonly SourceText _text;
    private readonly TextSpan _content;
    private readonly bool _continuesFromPrevious;
    /// <summary>The number of quotation styles (counted once: <c>Enum.GetValues</c> allocates an array at each call).</summary>
    private static readonly int StyleCount = Enum.GetValues<QuoteStyle>().Length;

    private readonly List<OpenQuote> _stack = [];

    // How many quotations of each style are open: lets a closing mark with no partner be rejected without
    // searching the stack, so a line of thousands of stray marks stays linear.
    private readonly int[] _openCounts = new int[StyleCount];
    private readonly ImmutableArray<Quotation>.Builder _quotations;
    private readonly ImmutableArray<Diagnostic>.Builder _diagnostics;

    /// <summary>Prepares to scan the block whose text (without surrounding space) is <paramref name="content"/>.</summary>
    /// <param name="text">The article's text.</param>
    /// <param name="content">The block's span without the white space around it.</param>
    /// <param name="continuesFromPrevious">True when the previous paragraph's quotation goes on in this one.</param>
    /// <param name="quotations">Where found quotations go.</param>
    /// <param name="diagnostics">Where unbalanced marks are reported.</param>
    internal BlockQuoteScanner(
        SourceText text,
        TextSpan content,
        bool continuesFromPrevious,
        ImmutableArray<Quotation>.Builder quotations,
        ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        _text = text;
        _content = content;
        _continuesFromPrevious = continuesFromPrevious;
        _quotations = quotations;
        _diagnostics = diagnostics;
    }

    /// <summary>The style of the outermost quotation still open after <see cref="Scan"/>, if any.</summary>
    internal QuoteStyle? OutermostOpen => _stack.Count > 0 ? _stack[0].Style : null;

    /// <summary>Reads the block's marks, closing every quotation whose closing mark it finds.</summary>
    internal void Scan()
    {
        var chars = _text.AsSpan(_content);
        for (var i = 0; i < chars.Length; i++)
        {
            var next = chars[i..].IndexOfAny(QuoteMarkClassifier.QuoteChars);
            if (next < 0)
            {
                break;
            }

            i += next;

            QuoteStyle? top = _stack.Count > 0 ? _stack[^1].Style : null;
            var afterOpening = _stack.Count > 0 && _stack[^1].Open == i - 1;
            var (role, style) = QuoteMarkClassifier.Classify(chars, i, top, _openCounts[(int)QuoteStyle.Straight] > 0, afterOpening);
            if (role == MarkRole.Opening)
            {
                var continued = _continuesFromPrevious && i == 0;
                _stack.Add(new OpenQuote(i, style, continued));
                _openCounts[(int)style]++;
            }
            else if (role == MarkRole.Closing)
            {
                Close(chars, i, style);
            }
        }
    }

    /// <summary>Ends the quotations still open at the end of the block.</summary>
    /// <param name="continuesToNext">True when the next paragraph opens with a mark of <see cref="OutermostOpen"/>'s style:
    /// the outermost quotation then continues there; the others are unbalanced.</param>
    internal void Finish(bool continuesToNext)
    {
        var chars = _text.AsSpan(_content);
        for (var k = _stack.Count - 1; k >= 0; k--)
        {
            var continues = continuesToNext && k == 0;
            if (!continues)
            {
                Report(_stack[k].Open, NeverClosed);
            }

            AddUnclosed(chars, k, chars.Length, continues);
        }

        _stack.Clear();
    }

    private void Close(ReadOnlySpan<char> chars, int position, QuoteStyle style)
    {
        if (_openCounts[(int)style] == 0)
        {
            Report(position, NeverOpened);
            return;
        }

        var partner = _stack.Count - 1;
        while (_stack[partner].Style != style)
        {
            partner--;
        }

        // Quotations opened inside the partner and never closed end where it ends.
        for (var k = _stack.Count - 1; k > partner; k--)
        {
            Report(_stack[k].Open, NeverClosed);
            AddUnclosed(chars, k, position, continuesToNext: false);
            Pop();
        }

        var open = _stack[partner];
        _quotations.Add(new Quotation(
            Absolute(open.Open, position + 1),
            Absolute(open.Open + 1, position),
            open.Style,
            partner,
            IsClosed: true,
            open.ContinuesFromPrevious,
            ContinuesToNext: false));
        Pop();
    }

    private void AddUnclosed(ReadOnlySpan<char> chars, int depth, int limit, bool continuesToNext)
    {
        var open = _stack[depth];
        var end = limit;
        while (end > open.Open + 1 && char.IsWhiteSpace(chars[end - 1]))
        {
            end--;
        }

        _quotations.Add(new Quotation(
            Absolute(open.Open, end),
            Absolute(open.Open + 1, end),
            open.Style,
            depth,
            IsClosed: false,
            open.ContinuesFromPrevious,
            continuesToNext));
    }

    private void Pop()
    {
        _openCounts[(int)_stack[^1].Style]--;
        _stack.RemoveAt(_stack.Count - 1);
    }

    private void Report(int position, string problem)
    {
        var span = new TextSpan(_content.Start + position, 1);
        var mark = _text[span.Start];
        _diagnostics.Add(QuotationDiagnostics.UnbalancedQuotationMark.Create(Location.In(_text, span), $"'{mark}'", problem));
    }

    private TextSpan Absolute(int start, int end) => TextSpan.FromBounds(_content.Start + start, _content.Start + end);

    /// <summary>An opening mark waiting for its partner.</summary>
    /// <param name="Open">The mark's position in the block's text.</param>
    /// <param name="Style">The kind of mark.</param>
    /// <param name="ContinuesFromPrevious">True when it continues the previous paragraph's quotation.</param>
    private readonly record struct OpenQuote(int Open, QuoteStyle Style, bool ContinuesFromPrevious);
}
