using Dicta.Model;

namespace Dicta.Extraction.Tests.Layout;

public class SeedLayoutTests
{
    [Fact]
    public void Cnsnews_seed_starts_blank_with_an_outlet_dateline_and_has_a_pull_quote_heading()
    {
        var laid = Seeds.Load("000_571892bab8bfb740");

        Assert.Equal((BlockKind.Blank, "\n"), laid.Parts[0]);
        Assert.Equal((BlockKind.Dateline, "(CNSNews.com) – "), laid.Parts[1]);
        Assert.Equal(BlockKind.Paragraph, laid.Kinds[2]);
        Assert.StartsWith("Russia and China stand for the building", laid.Parts[2].Text, StringComparison.Ordinal);
        Assert.Equal(["‘United to resist the political virus’"], laid.TextsOf(BlockKind.Heading));
        Assert.DoesNotContain(BlockKind.Title, laid.Kinds);
        Assert.DoesNotContain(BlockKind.Boilerplate, laid.Kinds);
        Assert.Equal(21, laid.Kinds.Count(k => k == BlockKind.Paragraph));
        Assert.Equal(new ArticleMetadata(Outlet: "CNSNews.com"), laid.Metadata);
        Assert.Equal(["DX0201"], laid.DiagnosticIds);
    }

    [Fact]
    public void Seed_001_has_a_title_a_place_dateline_and_a_comment_notice()
    {
        var laid = Seeds.Load("001_1bb006a956a83ea0");

        Assert.Equal([BlockKind.Title, BlockKind.Blank, BlockKind.Dateline, BlockKind.Paragraph], laid.Kinds.Take(4));
        Assert.Equal("SAMARKAND, UZBEKISTAN: ", laid.Parts[2].Text);
        Assert.Equal((BlockKind.Boilerplate, "Comments are closed."), laid.Parts[^1]);
        Assert.DoesNotContain(BlockKind.Heading, laid.Kinds);
        Assert.Equal("Russia’s Vladimir Putin and China’s Xi Jinping praise ‘great power’ links in talks that defy the West", laid.Metadata.Title);
        Assert.Equal("SAMARKAND, UZBEKISTAN", laid.Metadata.Dateline);
        Assert.Null(laid.Metadata.Outlet);
        Assert.Null(laid.Metadata.Published);
    }

    [Fact]
    public void Sputnik_seed_has_a_standfirst_with_a_glued_publisher_line_and_timestamps()
    {
        var laid = Seeds.Load("002_73fc8d6edca50fa8");

        Assert.Equal(
            [
                BlockKind.Title, BlockKind.Standfirst, BlockKind.Metadata, BlockKind.Metadata, BlockKind.Metadata,
                BlockKind.Metadata, BlockKind.Paragraph,
            ],
            laid.Solid);
        Assert.EndsWith("expansion of the Ukraine crisis into a... ", laid.Parts[2].Text, StringComparison.Ordinal);
        Assert.Equal((BlockKind.Metadata, "21.02.2023, Sputnik International\n"), laid.Parts[3]);
        Assert.Equal(
            new ArticleMetadata(
                "Wang Yi Touts Rock-Solid Ties With Russia as Moscow Lauds 'More Just' Order Two Nations are Building",
                "Sputnik International",
                new DateTimeOffset(2023, 2, 21, 17, 12, 0, TimeSpan.Zero)),
            laid.Metadata);
        Assert.Empty(laid.Layout.Diagnostics);
    }

    [Fact]
    public void Seed_003_has_no_title_a_heading_between_paragraphs_and_hashtags_last()
    {
        var laid = Seeds.Load("003_ae30d0a36fc04354");

        Assert.Equal(BlockKind.Paragraph, laid.Kinds[0]);
        Assert.Equal(["Ukraine and Taiwan"], laid.TextsOf(BlockKind.Heading));
        Assert.Equal((BlockKind.Hashtags, "#Russias #Putin #Chinas #denounce #interference #Politics #News"), laid.Parts[^1]);
        Assert.DoesNotContain(BlockKind.Blank, laid.Kinds);
        Assert.Equal(17, laid.Kinds.Count(k => k == BlockKind.Paragraph));
        Assert.Equal(ArticleMetadata.Empty, laid.Metadata);
    }

    [Fact]
    public void Countercurrents_seed_has_headings_and_a_long_boilerplate_tail()
    {
        var laid = Seeds.Load("004_69da86e87e65e6a7");

        Assert.Equal(BlockKind.Title, laid.Kinds[0]);
        Assert.Equal(
            [
                "Under The Guise of ‘Democracy’ And ‘Human Rights’", "New Model Of Cooperation", "Bilateral Trade",
                "Independent Financial Infrastructure", "NATO Will Not Expand: Putin demands Guarantee",
                "Need To Carry Out More Joint Actions", "U.S. To Share Moscow’s Security Proposals With Allies Amid Standoff",
                "Similar To The 1962 Cuban Missile Crisis",
            ],
            laid.TextsOf(BlockKind.Heading));
        Assert.Equal(
            [
                "Support Countercurrents",
                "Countercurrents is answerable only to our readers. Support honest journalism because we have no PLANET B.",
                "Become a Patron at Patreon", "Join Our Newsletter", "Join our WhatsApp and Telegram Channels",
                "Get CounterCurrents updates on our WhatsApp and Telegram Channels", "Related Posts", "Join Our Newsletter",
                "Annual Subscription", "Join Countercurrents Annual Fund Raising Campaign and help us", "Latest News",
            ],
            laid.TextsOf(BlockKind.Boilerplate));
        Assert.Equal(BlockKind.Paragraph, laid.KindOf("An earlier Reuters report said:"));
        var lastParagraph = laid.Parts.Last(p => p.Kind == BlockKind.Paragraph).Text;
        Assert.StartsWith("A European Union summit on Thursday", lastParagraph, StringComparison.Ordinal);
        Assert.Equal("Russia-China Should Stand Firm In Rejecting Western Interference: Putin And Xi Agree", laid.Metadata.Title);
    }

    [Theory]
    [InlineData("000_571892bab8bfb740")]
    [InlineData("001_1bb006a956a83ea0")]
    [InlineData("002_73fc8d6edca50fa8")]
    [InlineData("003_ae30d0a36fc04354")]
    [InlineData("004_69da86e87e65e6a7")]
    public void Every_seed_layout_tiles_its_text_and_makes_an_article(string name)
    {
        var laid = Seeds.Load(name);

        Assert.Equal(laid.Text.ToString(), string.Concat(laid.Parts.Select(p => p.Text)));
        var article = new Article(name, laid.Text, laid.Metadata, laid.Layout.Blocks, diagnostics: laid.Layout.Diagnostics);
        Assert.Equal<Block>(laid.Layout.Blocks, article.Blocks.AsEnumerable());
    }
}
