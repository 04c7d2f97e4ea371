using Dicta.Model;

namespace Dicta.Extraction.Tests.Layout;

public class TitleAndStandfirstTests
{
    [Theory]
    [InlineData("Putin And Xi Agree On A New World Order")]
    [InlineData("Russia’s Putin and China’s Xi praise ‘great power’ links in talks that defy the West")]
    [InlineData("Will China and Russia Stand Together?")]
    [InlineData("Putin says talks with Xi were \"useful\"")]
    [InlineData("2023 Was The Year Of The Summit")]
    public void A_first_line_that_reads_like_a_headline_is_the_title(string headline)
    {
        var laid = LaidOut.Of($"{headline}\n\nThe two leaders met on Thursday, the Kremlin said.\n");

        Assert.Equal(BlockKind.Title, laid.Layout.Blocks[0].Kind);
        Assert.Equal(headline, laid.Metadata.Title);
    }

    [Theory]
    [InlineData("The two leaders met on Thursday, the Kremlin said.")]
    [InlineData("The leaders spoke about trade, energy and")]
    [InlineData("Kremlin says the talks were useful:")]
    [InlineData("the leaders met in Samarkand")]
    [InlineData("Putin and Xi met in Samarkand on the sidelines of a summit of the Shanghai Cooperation Organization and agreed to deepen their ties further still in the coming year")]
    [InlineData("SAMARKAND, UZBEKISTAN: Russian President Vladimir Putin met Xi")]
    [InlineData("Russia and China have ramped up cooperation over the past year amid...")]
    public void A_first_line_that_does_not_read_like_a_headline_is_no_title(string first)
    {
        var laid = LaidOut.Of($"{first}\n\nThe two leaders met on Thursday, the Kremlin said.\n");

        Assert.DoesNotContain(BlockKind.Title, laid.Kinds);
        Assert.Null(laid.Metadata.Title);
    }

    [Fact]
    public void The_title_may_follow_blank_and_meta_lines()
    {
        var laid = LaidOut.Of("\n\nFeb 21, 2023\n\nXi Visits Moscow\n\nXi arrived in Moscow on Monday for talks.\n");

        Assert.Equal([BlockKind.Metadata, BlockKind.Title, BlockKind.Paragraph], laid.Solid);
    }

    [Fact]
    public void A_summary_followed_by_a_timestamp_is_the_standfirst()
    {
        var laid = LaidOut.Of(
            "Xi Visits Moscow\n\nThe Chinese leader arrives for three days of talks with Vladimir Putin.\n\n" +
            "2023-03-20T10:00+0000\n\nXi Jinping arrived in Moscow on Monday, state media said.\n");

        Assert.Equal([BlockKind.Title, BlockKind.Standfirst, BlockKind.Metadata, BlockKind.Paragraph], laid.Solid);
    }

    [Fact]
    public void A_summary_cut_short_by_an_ellipsis_is_the_standfirst()
    {
        var laid = LaidOut.Of("Xi Visits Moscow\n\nThe Chinese leader arrives for three days of talks that…\n\nXi Jinping arrived in Moscow on Monday.\n");

        Assert.Equal([BlockKind.Title, BlockKind.Standfirst, BlockKind.Paragraph], laid.Solid);
    }

    [Fact]
    public void The_first_paragraph_after_a_title_is_not_a_standfirst_without_a_sign()
    {
        var laid = LaidOut.Of("Xi Visits Moscow\n\nXi Jinping arrived in Moscow on Monday.\n\nHe will stay three days.\n");

        Assert.Equal([BlockKind.Title, BlockKind.Paragraph, BlockKind.Paragraph], laid.Solid);
    }

    [Fact]
    public void A_publisher_line_glued_to_the_standfirst_is_split_off_as_metadata()
    {
        var laid = LaidOut.Of(
            "Wang Yi Touts Ties With Russia\n\nRussia and China have ramped up cooperation amid the expansion of the crisis into a... " +
            "21.02.2023, Sputnik International\n\nRussia and China seek a new world order, Patrushev said.\n");

        Assert.Equal(
            [
                (BlockKind.Title, "Wang Yi Touts Ties With Russia\n"),
                (BlockKind.Blank, "\n"),
                (BlockKind.Standfirst, "Russia and China have ramped up cooperation amid the expansion of the crisis into a... "),
                (BlockKind.Metadata, "21.02.2023, Sputnik International\n"),
                (BlockKind.Blank, "\n"),
                (BlockKind.Paragraph, "Russia and China seek a new world order, Patrushev said.\n"),
            ],
            laid.Parts);
        Assert.Equal("Sputnik International", laid.Metadata.Outlet);
        Assert.Equal(new DateTimeOffset(2023, 2, 21, 0, 0, 0, TimeSpan.Zero), laid.Metadata.Published);
    }

    [Fact]
    public void A_date_inside_a_sentence_is_not_a_glued_publisher_line()
    {
        var laid = LaidOut.Of("Xi Visits Moscow\n\nThe visit was announced on 21.02.2023 by the foreign ministry.\n\nXi arrived on Monday.\n");

        Assert.Equal([BlockKind.Title, BlockKind.Paragraph, BlockKind.Paragraph], laid.Solid);
        Assert.Null(laid.Metadata.Published);
    }
}
