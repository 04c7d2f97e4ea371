namespace Dicta.Model.Text;

/// <summary>One line of a <see cref="SourceText"/>: its span without, and with, the line break that ends it.</summary>
/// <param name="LineNumber">The zero-based line number.</param>
/// <param name="Span">The line's characters, without its line break.</param>
/// <param name="SpanIncludingLineBreak">The line's characters and the line break after them, if any.</param>
public readonly record struct TextLine(int LineNumber, TextSpan Span, TextSpan SpanIncludingLineBreak)
{
    /// <summary>The offset of the line's first character.</summary>
    public int Start => Span.Start;

    /// <summary>The offset just past the line's last character, before its line break.</summary>
    public int End => Span.End;
}
