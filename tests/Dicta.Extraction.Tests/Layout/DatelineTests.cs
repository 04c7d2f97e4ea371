using Dicta.Extraction.Layout;
using Dicta.Model;

namespace Dicta.Extraction.Tests.Layout;

public class DatelineTests
{
    [Theory]
    [InlineData("SAMARKAND, UZBEKISTAN: ", "SAMARKAND, UZBEKISTAN", null)]
    [InlineData("WASHINGTON — ", "WASHINGTON", null)]
    [InlineData("NEW YORK - ", "NEW YORK", null)]
    [InlineData("ST. PETERSBURG, Russia: ", "ST. PETERSBURG, Russia", null)]
    [InlineData("MOSCOW (Reuters) - ", "MOSCOW", "Reuters")]
    [InlineData("KYIV, Ukraine (AP) — ", "KYIV, Ukraine", "AP")]
    [InlineData("BEIJING, Dec 15 (Xinhua) -- ", "BEIJING", "Xinhua")]
    [InlineData("Beijing, Dec. 15 (Xinhua) -- ", "Beijing", "Xinhua")]
    [InlineData("LONDON, 21 February (Reuters) – ", "LONDON", "Reuters")]
    [InlineData("(CNSNews.com) – ", null, "CNSNews.com")]
    [InlineData("(Reuters) - ", null, "Reuters")]
    public void A_dateline_opening_the_first_paragraph_is_split_off(string dateline, string? place, string? outlet)
    {
        const string rest = "Russian President Vladimir Putin met Xi Jinping on Thursday.\n";
        var laid = LaidOut.Of($"Putin Meets Xi\n\n{dateline}{rest}\nThe talks lasted an hour.\n");

        Assert.Equal(
            [
                (BlockKind.Title, "Putin Meets Xi\n"),
                (BlockKind.Blank, "\n"),
                (BlockKind.Dateline, dateline),
                (BlockKind.Paragraph, rest),
                (BlockKind.Blank, "\n"),
                (BlockKind.Paragraph, "The talks lasted an hour.\n"),
            ],
            laid.Parts);
        Assert.Equal(place, laid.Metadata.Dateline);
        Assert.Equal(outlet, laid.Metadata.Outlet);
    }

    [Theory]
    [InlineData("BREAKING: Putin and Xi met on Thursday.")]
    [InlineData("UN: The two leaders met on Thursday.")]
    [InlineData("Moscow: The two leaders met on Thursday.")]
    [InlineData("President Vladimir Putin (left) – the host – met Xi.")]
    [InlineData("Russian President Vladimir Putin (R) - met Xi.")]
    [InlineData("“MOSCOW: not a dateline,” he said.")]
    [InlineData("US President Joe Biden said the talks were a concern.")]
    [InlineData("SAMARKAND:")]
    public void Lines_that_only_look_like_datelines_are_not(string line)
    {
        Assert.Null(DatelineGrammar.Match(line));
    }

    [Fact]
    public void Only_the_first_paragraph_has_a_dateline()
    {
        var laid = LaidOut.Of("Xi met Putin on Thursday in Samarkand, officials said.\nMOSCOW (Reuters) - A later line is not opened by a dateline.\n");

        Assert.Equal([BlockKind.Paragraph, BlockKind.Paragraph], laid.Kinds);
        Assert.Null(laid.Metadata.Dateline);
    }

    [Fact]
    public void A_dateline_with_a_year_dates_the_article()
    {
        var laid = LaidOut.Of("BEIJING, Dec. 15, 2021 (Xinhua) -- Xi held a video call with Putin on Wednesday.\n");

        Assert.Equal(new DateTimeOffset(2021, 12, 15, 0, 0, 0, TimeSpan.Zero), laid.Metadata.Published);
        Assert.Equal("Xinhua", laid.Metadata.Outlet);
        Assert.DoesNotContain("DX0201", laid.DiagnosticIds);
    }

    [Fact]
    public void An_indented_dateline_block_starts_at_the_line_start()
    {
        var laid = LaidOut.Of("  MOSCOW (Reuters) - Putin met Xi.\n");

        Assert.Equal([(BlockKind.Dateline, "  MOSCOW (Reuters) - "), (BlockKind.Paragraph, "Putin met Xi.\n")], laid.Parts);
    }
}
