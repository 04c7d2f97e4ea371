using Dicta.Model;

namespace Dicta.Extraction.Tests.Layout;

public class LineBreakTests
{
    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    [InlineData("\u0085")]
    public void Every_line_break_ends_a_block_and_stays_in_it(string br)
    {
        var text = $"Putin Meets Xi{br}{br}{br}The two leaders met on Thursday in Samarkand.{br}They spoke for an hour.{br}";
        var laid = LaidOut.Of(text);

        Assert.Equal(
            [
                (BlockKind.Title, "Putin Meets Xi" + br),
                (BlockKind.Blank, br + br),
                (BlockKind.Paragraph, "The two leaders met on Thursday in Samarkand." + br),
                (BlockKind.Paragraph, "They spoke for an hour." + br),
            ],
            laid.Parts);
    }

    [Fact]
    public void Crlf_is_one_line_break_and_lf_cr_is_two()
    {
        var laid = LaidOut.Of("First line of text here.\n\rSecond line of text here.\r\n");

        Assert.Equal(
            [
                (BlockKind.Paragraph, "First line of text here.\n"),
                (BlockKind.Blank, "\r"),
                (BlockKind.Paragraph, "Second line of text here.\r\n"),
            ],
            laid.Parts);
    }

    [Fact]
    public void Lines_of_spaces_and_invisible_characters_are_blank()
    {
        var laid = LaidOut.Of("A sentence that ends.\n  \t\n\u200B\u00A0\nAnother sentence that ends.");

        Assert.Equal([BlockKind.Paragraph, BlockKind.Blank, BlockKind.Paragraph], laid.Kinds);
        Assert.Equal("  \t\n\u200B\u00A0\n", laid.Parts[1].Text);
    }

    [Fact]
    public void Empty_text_has_no_blocks()
    {
        var laid = LaidOut.Of(string.Empty);

        Assert.Empty(laid.Layout.Blocks);
        Assert.Equal(["DX0201"], laid.DiagnosticIds);
    }

    [Fact]
    public void The_last_line_without_a_break_is_a_block()
    {
        var laid = LaidOut.Of("One paragraph, no break at the end.");

        Assert.Equal([(BlockKind.Paragraph, "One paragraph, no break at the end.")], laid.Parts);
    }
}
