using Dicta.Model.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dicta.Model.Tests.Text;

public class SourceTextTests
{
    private static readonly string[] LineBreaks = ["\r\n", "\r", "\n", "\u0085", "\u2028", "\u2029"];

    private static readonly Arbitrary<TextWithOffsets> TextsWithOffsets = ModelGenerators.TextWithOffsets.ToArbitrary();

    [Theory]
    [InlineData("", new[] { 0 })]
    [InlineData("abc", new[] { 0 })]
    [InlineData("a\nb", new[] { 0, 2 })]
    [InlineData("a\r\nb", new[] { 0, 3 })]
    [InlineData("a\rb", new[] { 0, 2 })]
    [InlineData("a\u0085b", new[] { 0, 2 })]
    [InlineData("a\u2028b", new[] { 0, 2 })]
    [InlineData("a\u2029b", new[] { 0, 2 })]
    [InlineData("a\n", new[] { 0, 2 })]
    [InlineData("\r\n", new[] { 0, 2 })]
    [InlineData("\n\r", new[] { 0, 1, 2 })]
    [InlineData("\r\r\n", new[] { 0, 1, 3 })]
    [InlineData("a\r\n\r\nb\n\rc\u2028\u2029d\u0085", new[] { 0, 3, 5, 7, 8, 10, 11, 13 })]
    public void Line_starts_follow_every_kind_of_line_break(string text, int[] expected)
    {
        var source = SourceText.From(text);

        Assert.Equal(expected, source.LineStarts);
        Assert.Equal(expected.Length, source.LineCount);
    }

    [Fact]
    public void Empty_text_has_one_empty_line()
    {
        foreach (var source in new[] { SourceText.Empty, SourceText.From(string.Empty) })
        {
            Assert.Equal(1, source.LineCount);
            Assert.Equal(new TextLine(0, new TextSpan(0, 0), new TextSpan(0, 0)), source.GetLine(0));
            Assert.Equal(new LinePosition(0, 0), source.GetLinePosition(0));
            Assert.Equal(0, source.GetOffset(new LinePosition(0, 0)));
        }
    }

    [Theory]
    [InlineData("ab\r\ncd", 0, 0, 2, 4)]
    [InlineData("ab\r\ncd", 1, 4, 6, 6)]
    [InlineData("ab\ncd", 0, 0, 2, 3)]
    [InlineData("ab\rcd", 0, 0, 2, 3)]
    [InlineData("ab\u2028cd", 0, 0, 2, 3)]
    [InlineData("ab\u2029cd", 0, 0, 2, 3)]
    [InlineData("ab\u0085cd", 0, 0, 2, 3)]
    [InlineData("ab\n\ncd", 1, 3, 3, 4)]
    [InlineData("ab\r\n\r\ncd", 1, 4, 4, 6)]
    [InlineData("ab\n", 1, 3, 3, 3)]
    public void GetLine_gives_the_span_without_and_with_the_line_break(string text, int line, int start, int end, int endWithBreak)
    {
        var textLine = SourceText.From(text).GetLine(line);

        Assert.Equal(line, textLine.LineNumber);
        Assert.Equal(TextSpan.FromBounds(start, end), textLine.Span);
        Assert.Equal(TextSpan.FromBounds(start, endWithBreak), textLine.SpanIncludingLineBreak);
        Assert.Equal(start, textLine.Start);
        Assert.Equal(end, textLine.End);
    }

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(2, 0, 2)]
    [InlineData(3, 0, 3)]
    [InlineData(4, 1, 0)]
    [InlineData(6, 1, 2)]
    public void GetLinePosition_counts_lines_and_characters_from_zero(int offset, int line, int character) =>
        Assert.Equal(new LinePosition(line, character), SourceText.From("ab\r\ncd").GetLinePosition(offset));

    [Property(MaxTest = 500)]
    public Property Offset_to_line_position_round_trips() =>
        Prop.ForAll(TextsWithOffsets, c =>
        {
            var source = SourceText.From(c.Text);
            Assert.Equal(c.First, source.GetOffset(source.GetLinePosition(c.First)));
            Assert.Equal(c.Second, source.GetOffset(source.GetLinePosition(c.Second)));
        });

    [Property(MaxTest = 500)]
    public Property GetLinePosition_is_monotonic() =>
        Prop.ForAll(TextsWithOffsets, c =>
        {
            var source = SourceText.From(c.Text);
            var (low, high) = (Math.Min(c.First, c.Second), Math.Max(c.First, c.Second));
            Assert.True(source.GetLinePosition(low) <= source.GetLinePosition(high));
            Assert.Equal(low == high, source.GetLinePosition(low) == source.GetLinePosition(high));
        });

    [Property(MaxTest = 500)]
    public Property GetLinePosition_agrees_with_counting_line_breaks() =>
        Prop.ForAll(TextsWithOffsets, c =>
        {
            var source = SourceText.From(c.Text);
            Assert.Equal(CountLines(c.Text, c.First), source.GetLinePosition(c.First));
            Assert.Equal(CountLines(c.Text, c.Text.Length).Line + 1, source.LineCount);
        });

    [Property(MaxTest = 300)]
    public Property Lines_tile_the_text_and_end_at_exactly_one_line_break() =>
        Prop.ForAll(ModelGenerators.AnyText.ToArbitrary(), text =>
        {
            var source = SourceText.From(text);
            var lines = Enumerable.Range(0, source.LineCount).Select(source.GetLine).ToList();
            Assert.Equal(text, string.Concat(lines.Select(l => source.ToString(l.SpanIncludingLineBreak))));
            for (var i = 0; i < lines.Count; i++)
            {
                Assert.Equal(i, lines[i].LineNumber);
                Assert.Equal(source.LineStarts[i], lines[i].Start);
                Assert.DoesNotContain(source.ToString(lines[i].Span), c => SourceText.IsLineBreak(c));
                var lineBreak = text[lines[i].End..lines[i].SpanIncludingLineBreak.End];
                if (i == lines.Count - 1)
                {
                    Assert.Equal(string.Empty, lineBreak);
                }
                else
                {
                    Assert.Contains(lineBreak, LineBreaks);
                }
            }
        });

    [Property(MaxTest = 300)]
    public Property AsSpan_AsMemory_and_ToString_agree() =>
        Prop.ForAll(TextsWithOffsets, c =>
        {
            var source = SourceText.From(c.Text);
            var span = TextSpan.FromBounds(Math.Min(c.First, c.Second), Math.Max(c.First, c.Second));
            var expected = c.Text.Substring(span.Start, span.Length);
            Assert.Equal(expected, source.ToString(span));
            Assert.Equal(expected, source.AsSpan(span).ToString());
            Assert.Equal(expected, source.AsMemory(span).ToString());
            Assert.True(source.Contains(span));
            Assert.Equal(c.Text, source.AsMemory().ToString());
            Assert.Equal(c.Text, source.ToString());
        });

    [Fact]
    public void Spans_past_the_end_throw_ArgumentOutOfRangeException()
    {
        var source = SourceText.From("hello");
        TextSpan[] outside = [new TextSpan(5, 1), new TextSpan(0, 6), new TextSpan(6, 0)];

        foreach (var span in outside)
        {
            Assert.False(source.Contains(span));
            Assert.Throws<ArgumentOutOfRangeException>(() => source.AsSpan(span).Length);
            Assert.Throws<ArgumentOutOfRangeException>(() => source.AsMemory(span));
            Assert.Throws<ArgumentOutOfRangeException>(() => source.ToString(span));
            Assert.Throws<ArgumentOutOfRangeException>(() => source.GetLinePositionSpan(span));
        }

        Assert.True(source.Contains(new TextSpan(5, 0)));
        Assert.Equal(string.Empty, source.ToString(new TextSpan(5, 0)));
    }

    [Fact]
    public void Offsets_and_positions_outside_the_text_throw_ArgumentOutOfRangeException()
    {
        var source = SourceText.From("ab\ncd");

        Assert.Throws<ArgumentOutOfRangeException>(() => source.GetLinePosition(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => source.GetLinePosition(6));
        Assert.Throws<ArgumentOutOfRangeException>(() => source.GetLineIndex(6));
        Assert.Throws<ArgumentOutOfRangeException>(() => source.GetLine(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => source.GetLine(2));
        Assert.Throws<ArgumentOutOfRangeException>(() => source.GetOffset(new LinePosition(2, 0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => source.GetOffset(new LinePosition(1, 3)));
        Assert.Equal(5, source.GetOffset(new LinePosition(1, 2)));
    }

    [Fact]
    public void GetLinePositionSpan_gives_both_ends()
    {
        var source = SourceText.From("ab\ncd\nef");

        Assert.Equal(
            new LinePositionSpan(new LinePosition(0, 1), new LinePosition(2, 1)),
            source.GetLinePositionSpan(TextSpan.FromBounds(1, 7)));
    }

    [Fact]
    public void From_keeps_the_path_and_rejects_null()
    {
        Assert.Equal("a.txt", SourceText.From("x", "a.txt").Path);
        Assert.Equal(string.Empty, SourceText.From("x").Path);
        Assert.Throws<ArgumentNullException>(() => SourceText.From(null!));
    }

    [Fact]
    public void ContentEquals_compares_characters_not_paths()
    {
        Assert.True(SourceText.From("abc", "a").ContentEquals(SourceText.From("abc", "b")));
        Assert.False(SourceText.From("abc").ContentEquals(SourceText.From("abC")));
    }

    [Fact]
    public void Indexer_length_and_full_span_describe_the_text()
    {
        var source = SourceText.From("a\u2028b");

        Assert.Equal(3, source.Length);
        Assert.Equal('\u2028', source[1]);
        Assert.Equal(new TextSpan(0, 3), source.FullSpan);
    }

    /// <summary>An independent reading of the line rules: count the breaks before the offset, a CR LF as one.</summary>
    private static LinePosition CountLines(string text, int offset)
    {
        int line = 0, lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                // The offset between CR and LF is still on the CR's line.
                if (i + 1 < offset)
                {
                    i++;
                    line++;
                    lineStart = i + 1;
                }

                continue;
            }

            if (c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new LinePosition(line, offset - lineStart);
    }
}
