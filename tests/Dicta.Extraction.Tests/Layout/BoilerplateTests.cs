using Dicta.Model;

namespace Dicta.Extraction.Tests.Layout;

public class BoilerplateTests
{
    private const string Body = "Putin Meets Xi\n\nPutin and Xi met on Thursday in Samarkand, the Kremlin said.\n\nThe two leaders discussed Taiwan and the war in Ukraine.\n";

    [Theory]
    [InlineData("Comments are closed.")]
    [InlineData("Join Our Newsletter")]
    [InlineData("Subscribe to our newsletter for the latest news")]
    [InlineData("Support Countercurrents")]
    [InlineData("Become a Patron at Patreon")]
    [InlineData("Get our updates on our WhatsApp and Telegram Channels")]
    [InlineData("© 2023 Example Media. All rights reserved.")]
    [InlineData("Countercurrents is answerable only to our readers. Support honest journalism because we have no PLANET B.")]
    [InlineData("Latest News")]
    [InlineData("Advertisement")]
    public void A_notice_or_appeal_at_the_end_is_boilerplate(string line)
    {
        var laid = LaidOut.Of(Body + "\n" + line + "\n");

        Assert.Equal(BlockKind.Boilerplate, laid.Kinds[^1]);
        Assert.Equal(3, laid.Kinds.Count(k => k is BlockKind.Paragraph or BlockKind.Title));
    }

    [Fact]
    public void After_a_list_opener_short_lines_are_boilerplate_too()
    {
        var laid = LaidOut.Of(Body + "\nRelated Posts\nXi Visits Moscow\nPutin Flies To Beijing\n\nLatest News\n");

        Assert.Equal(
            [BlockKind.Boilerplate, BlockKind.Boilerplate, BlockKind.Boilerplate, BlockKind.Blank, BlockKind.Boilerplate],
            laid.Kinds.TakeLast(5));
    }

    [Fact]
    public void Short_lines_without_cues_before_an_opener_stay_in_the_body()
    {
        var laid = LaidOut.Of(Body + "Trade and Energy\nThe two sides also agreed to expand trade in energy and grain this year.\nShare this\n");

        Assert.Equal(BlockKind.Heading, laid.KindOf("Trade and Energy"));
        Assert.Equal(BlockKind.Boilerplate, laid.KindOf("Share this"));
    }

    [Theory]
    [InlineData("The newsletter Axios reported on Thursday that the two leaders would meet again in the spring in Beijing.")]
    [InlineData("Xi said China would support Russia’s position on security guarantees, according to the Kremlin’s Telegram channel.")]
    [InlineData("“Join our efforts to build a multipolar world,” Putin told Xi, according to the Kremlin, which did not elaborate.")]
    [InlineData("Lavrov also thanked readers of the Chinese press for their support, the ministry said on its website.")]
    public void A_last_paragraph_that_mentions_a_cue_is_not_lost(string paragraph)
    {
        var laid = LaidOut.Of(Body + paragraph + "\n");

        Assert.Equal(BlockKind.Paragraph, laid.KindOf(paragraph));
        Assert.DoesNotContain(BlockKind.Boilerplate, laid.Kinds);
    }

    [Fact]
    public void A_body_paragraph_that_mentions_a_newsletter_before_the_tail_is_kept()
    {
        const string paragraph = "Subscribers to the Kremlin newsletter were told on Friday that the talks had been excellent.";
        var laid = LaidOut.Of(Body + paragraph + "\nMore talks are planned for next year, officials said on Friday.\n\nComments are closed.\n");

        Assert.Equal(BlockKind.Paragraph, laid.KindOf(paragraph));
        Assert.Equal(BlockKind.Boilerplate, laid.KindOf("Comments are closed."));
    }

    [Theory]
    [InlineData("Advertisement")]
    [InlineData("Read more: Xi visits Moscow")]
    [InlineData("Subscribe to our newsletter")]
    [InlineData("---")]
    [InlineData("* * *")]
    public void Whole_line_notices_and_rules_are_boilerplate_inside_the_body(string line)
    {
        var laid = LaidOut.Of(Body + line + "\nMore talks between the two leaders are planned for next year in Beijing, officials in Moscow said on Friday.\n");

        Assert.Equal(BlockKind.Boilerplate, laid.KindOf(line));
        Assert.Equal(BlockKind.Paragraph, laid.Kinds[^1]);
    }

    [Fact]
    public void Hashtag_lines_are_hashtags_wherever_they_stand()
    {
        var laid = LaidOut.Of(Body + "#Russia #Putin, #China_News\n\nComments are closed.\n");

        Assert.Equal(BlockKind.Hashtags, laid.KindOf("#Russia #Putin, #China_News"));
        Assert.Equal(BlockKind.Boilerplate, laid.Kinds[^1]);
    }

    [Theory]
    [InlineData("#1 in the world, Putin said of Russia’s grain exports.")]
    [InlineData("# ")]
    [InlineData("#123 #456")]
    public void Lines_that_start_with_a_hash_are_not_all_hashtags(string line)
    {
        var laid = LaidOut.Of(Body + line + "\nMore talks are planned for next year, officials said on Friday.\n");

        Assert.NotEqual(BlockKind.Hashtags, laid.KindOf(line.Trim()));
    }
}
