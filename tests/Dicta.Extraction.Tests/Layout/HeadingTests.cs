using Dicta.Model;

namespace Dicta.Extraction.Tests.Layout;

public class HeadingTests
{
    private const string Before = "Putin and Xi met on Thursday in Samarkand, the Kremlin said.\n";
    private const string After = "The two leaders discussed Taiwan and the war in Ukraine at length.\n";

    [Theory]
    [InlineData("Ukraine and Taiwan")]
    [InlineData("New Model Of Cooperation")]
    [InlineData("NATO Will Not Expand: Putin demands Guarantee")]
    [InlineData("U.S. To Share Moscow’s Security Proposals With Allies Amid Standoff")]
    [InlineData("Similar To The 1962 Cuban Missile Crisis")]
    [InlineData("‘United to resist the political virus’")]
    [InlineData("What Comes Next?")]
    public void A_short_title_case_line_between_paragraphs_is_a_heading(string heading)
    {
        var laid = LaidOut.Of(Before + heading + "\n" + After);

        Assert.Equal([BlockKind.Paragraph, BlockKind.Heading, BlockKind.Paragraph], laid.Kinds);
    }

    [Fact]
    public void Headings_may_stand_between_blank_lines()
    {
        var laid = LaidOut.Of(Before + "\nBilateral Trade\n\n" + After);

        Assert.Equal([BlockKind.Paragraph, BlockKind.Blank, BlockKind.Heading, BlockKind.Blank, BlockKind.Paragraph], laid.Kinds);
    }

    [Theory]
    [InlineData("An earlier Reuters report said:")]
    [InlineData("The leaders met again.")]
    [InlineData("the leaders met again")]
    [InlineData("The leaders met in the city of Samarkand in former Soviet Uzbekistan on Thursday afternoon")]
    [InlineData("“We are ready!”")]
    [InlineData("What comes next for the talks?")]
    [InlineData("They met, and then")]
    public void Other_short_lines_are_paragraphs(string line)
    {
        var laid = LaidOut.Of(Before + line + "\n" + After);

        Assert.Equal([BlockKind.Paragraph, BlockKind.Paragraph, BlockKind.Paragraph], laid.Kinds);
    }

    [Fact]
    public void A_heading_needs_a_paragraph_after_it()
    {
        var laid = LaidOut.Of(Before + "Bilateral Trade\n");

        Assert.Equal([BlockKind.Paragraph, BlockKind.Paragraph], laid.Kinds);
    }

    [Fact]
    public void A_heading_needs_a_paragraph_before_it()
    {
        var laid = LaidOut.Of("The talks lasted an hour, officials said.\n\nBilateral Trade\n\n" + After);

        Assert.Equal(BlockKind.Heading, laid.KindOf("Bilateral Trade"));
        var untitled = LaidOut.Of("Some leaders met\nthe talks lasted an hour.\n" + After);
        Assert.DoesNotContain(BlockKind.Heading, untitled.Kinds);
    }
}
