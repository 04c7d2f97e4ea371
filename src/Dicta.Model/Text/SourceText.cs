using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Dicta.Model.Text;

/// <summary>
/// The immutable text of one source (an article, a query) with its line map.
/// Every node of the model points into a <see cref="SourceText"/> with a <see cref="TextSpan"/>
/// instead of copying strings out of it.
/// </summary>
/// <remarks>
/// Lines end at CR LF, CR, LF, NEL (U+0085), LINE SEPARATOR (U+2028) or PARAGRAPH SEPARATOR (U+2029),
/// the same set Roslyn uses, so positions agree with what editors show for scraped text of any origin.
/// </remarks>
public sealed class SourceText
{
    /// <summary>The characters <see cref="IsLineBreak"/> holds for (before <see cref="Empty"/>, which needs them).</summary>
    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\u0085\u2028\u2029");

    private readonly string _text;
    private readonly int[] _lineStarts;

    private SourceText(string text, string path)
    {
        _text = text;
        Path = path;
        _lineStarts = ComputeLineStarts(text);
    }

    /// <summary>The empty text with no path.</summary>
    public static SourceText Empty { get; } = new(string.Empty, string.Empty);

    /// <summary>Creates a source text from a string.</summary>
    /// <param name="text">The whole text.</param>
    /// <param name="path">Where the text came from (a file name, "query"); shown in diagnostics.</param>
    public static SourceText From(string text, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new SourceText(text, path ?? string.Empty);
    }

    /// <summary>Where the text came from: a file name, a JSON Lines record, "query"; empty when unknown.</summary>
    public string Path { get; }

    /// <summary>The number of UTF-16 code units in the text.</summary>
    public int Length => _text.Length;

    /// <summary>The character at <paramref name="offset"/>.</summary>
    public char this[int offset] => _text[offset];

    /// <summary>The number of lines; an empty text has one (empty) line.</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>The offset at which each line starts, in order.</summary>
    public ImmutableArray<int> LineStarts => ImmutableCollectionsMarshal.AsImmutableArray(_lineStarts);

    /// <summary>The span that covers the whole text.</summary>
    public TextSpan FullSpan => new(0, _text.Length);

    /// <summary>The zero-based line <paramref name="lineNumber"/>.</summary>
    public TextLine GetLine(int lineNumber)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(lineNumber);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(lineNumber, _lineStarts.Length);
        var start = _lineStarts[lineNumber];
        var endIncludingBreak = lineNumber + 1 < _lineStarts.Length ? _lineStarts[lineNumber + 1] : _text.Length;
        var end = endIncludingBreak;
        if (end > start && IsLineBreak(_text[end - 1]))
        {
            end--;
            if (_text[end] == '\n' && end > start && _text[end - 1] == '\r')
            {
                end--;
            }
        }

        return new TextLine(lineNumber, TextSpan.FromBounds(start, end), TextSpan.FromBounds(start, endIncludingBreak));
    }

    /// <summary>The zero-based number of the line that holds <paramref name="offset"/> (0 ≤ offset ≤ <see cref="Length"/>).</summary>
    public int GetLineIndex(int offset)
    {
        CheckOffset(offset);
        var index = Array.BinarySearch(_lineStarts, offset);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>The line and character of <paramref name="offset"/> (0 ≤ offset ≤ <see cref="Length"/>).</summary>
    public LinePosition GetLinePosition(int offset)
    {
        var line = GetLineIndex(offset);
        return new LinePosition(line, offset - _lineStarts[line]);
    }

    /// <summary>The start and end positions of <paramref name="span"/>.</summary>
    public LinePositionSpan GetLinePositionSpan(TextSpan span)
    {
        CheckSpan(span);
        return new LinePositionSpan(GetLinePosition(span.Start), GetLinePosition(span.End));
    }

    /// <summary>The offset of <paramref name="position"/>; the inverse of <see cref="GetLinePosition"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The line does not exist or the character lies past its end.</exception>
    public int GetOffset(LinePosition position)
    {
        if (position.Line >= _lineStarts.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(position), $"The text has {_lineStarts.Length} lines.");
        }

        var line = GetLine(position.Line);
        if (position.Character > line.SpanIncludingLineBreak.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(position), $"Line {position.Line + 1} is shorter than {position.Character + 1} characters.");
        }

        return line.Start + position.Character;
    }

    /// <summary>The characters of <paramref name="span"/>, without copying them.</summary>
    public ReadOnlySpan<char> AsSpan(TextSpan span)
    {
        CheckSpan(span);
        return _text.AsSpan(span.Start, span.Length);
    }

    /// <summary>The characters of <paramref name="span"/> as memory that can be stored, without copying them.</summary>
    public ReadOnlyMemory<char> AsMemory(TextSpan span)
    {
        CheckSpan(span);
        return _text.AsMemory(span.Start, span.Length);
    }

    /// <summary>The whole text as read-only memory.</summary>
    public ReadOnlyMemory<char> AsMemory() => _text.AsMemory();

    /// <summary>A new string with the characters of <paramref name="span"/>.</summary>
    public string ToString(TextSpan span)
    {
        CheckSpan(span);
        return _text.Substring(span.Start, span.Length);
    }

    /// <summary>The whole text.</summary>
    public override string ToString() => _text;

    /// <summary>True when both texts hold the same characters (their paths are not compared).</summary>
    public bool ContentEquals(SourceText other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return ReferenceEquals(this, other) || string.Equals(_text, other._text, StringComparison.Ordinal);
    }

    /// <summary>True when <paramref name="span"/> lies inside the text.</summary>
    public bool Contains(TextSpan span) => span.End <= _text.Length;

    /// <summary>True for the characters that end a line.</summary>
    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';

    private void CheckOffset(int offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, _text.Length);
    }

    private void CheckSpan(TextSpan span)
    {
        if (span.End > _text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(span), $"The span {span} lies past the end of the text ({_text.Length}).");
        }
    }

    private static int[] ComputeLineStarts(string text)
    {
        // Every article is read through here: the breaks are found by a vectorized search, not character by character.
        var starts = new List<int> { 0 };
        for (var i = text.AsSpan().IndexOfAny(LineBreaks); i >= 0;)
        {
            var next = text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? i + 2 : i + 1;
            starts.Add(next);
            var found = text.AsSpan(next).IndexOfAny(LineBreaks);
            i = found < 0 ? -1 : next + found;
        }

        return [.. starts];
    }
}
