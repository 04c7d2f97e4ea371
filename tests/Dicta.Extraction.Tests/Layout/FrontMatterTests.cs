using Dicta.Extraction.Layout;
using Dicta.Model;

namespace Dicta.Extraction.Tests.Layout;

public class FrontMatterTests
{
    [Fact]
    public void Front_matter_is_one_block_and_its_keys_override_the_text()
    {
        const string frontMatter = "---\ntitle: \"Xi meets Putin\"\npublisher: Reuters\ndate: 2023-03-20T10:00:00Z\nurl: https://example.com/xi-putin\ndateline: Moscow\ntags:\n  - china\n  - russia\n---\n";
        var laid = LaidOut.Of(frontMatter + "\nXi Meets Putin In Moscow\n\nMOSCOW, March 20 (AFP) - Xi arrived on Monday.\n\n21.03.2023, Sputnik International\n");

        Assert.Equal((BlockKind.FrontMatter, frontMatter), laid.Parts[0]);
        Assert.Equal(
            new ArticleMetadata("Xi meets Putin", "Reuters", new DateTimeOffset(2023, 3, 20, 10, 0, 0, TimeSpan.Zero), "Moscow", "https://example.com/xi-putin"),
            laid.Metadata);
        Assert.Empty(laid.Layout.Diagnostics);
        Assert.Equal(BlockKind.Title, laid.KindOf("Xi Meets Putin In Moscow"));
    }

    [Fact]
    public void The_text_fills_what_front_matter_leaves_out()
    {
        var laid = LaidOut.Of("---\noutlet: Reuters\n---\nXi Meets Putin\n\nMOSCOW (AFP) - Xi arrived on Monday.\n");

        Assert.Equal(new ArticleMetadata("Xi Meets Putin", "Reuters", null, "MOSCOW"), laid.Metadata);
    }

    [Theory]
    [InlineData("published: 21.02.2023", 2023, 2, 21, 0)]
    [InlineData("date: Feb 21, 2023", 2023, 2, 21, 0)]
    [InlineData("date: '2023-02-21 17:12:00 +03:00'", 2023, 2, 21, 3)]
    [InlineData("PUBLISHED: \"21 February 2023\"", 2023, 2, 21, 0)]
    public void Front_matter_dates_take_the_text_forms(string line, int year, int month, int day, int offsetHours)
    {
        var laid = LaidOut.Of($"---\n{line}\n---\nSome text of the article, which ends.\n");

        Assert.Equal(new DateOnly(year, month, day), DateOnly.FromDateTime(laid.Metadata.Published!.Value.DateTime));
        Assert.Equal(TimeSpan.FromHours(offsetHours), laid.Metadata.Published!.Value.Offset);
    }

    [Fact]
    public void Folded_values_take_the_indented_lines()
    {
        var laid = LaidOut.Of("---\ntitle: >\n  Xi and Putin\n  agree\ndate: 2023-02-21\n---\nText of the article, which ends.\n");

        Assert.Equal("Xi and Putin agree", laid.Metadata.Title);
        Assert.Equal(BlockKind.FrontMatter, laid.Kinds[0]);
    }

    [Fact]
    public void An_unclosed_front_matter_ends_after_its_last_field_and_is_reported()
    {
        var laid = LaidOut.Of("---\ntitle: Broken\ndate: 2023-02-21\n\nThe Headline Here\n\nThe first paragraph of the article.\n");

        Assert.Equal(
            [BlockKind.FrontMatter, BlockKind.Blank, BlockKind.Title, BlockKind.Blank, BlockKind.Paragraph],
            laid.Kinds);
        Assert.Equal("---\ntitle: Broken\ndate: 2023-02-21\n", laid.Parts[0].Text);
        var diagnostic = Assert.Single(laid.Layout.Diagnostics);
        Assert.Equal(LayoutDiagnostics.FrontMatterNotClosed.Id, diagnostic.Id);
        Assert.Equal(0, diagnostic.Location.Span.Start);
        Assert.Equal("Broken", laid.Metadata.Title);
    }

    [Fact]
    public void A_bad_date_or_url_is_reported_where_it_stands_and_ignored()
    {
        var laid = LaidOut.Of("---\ndate: yesterday-ish\nurl: not a url\n---\nSome text of the article, which ends.\n");

        Assert.Equal(["DX0203", "DX0204", "DX0201"], laid.DiagnosticIds);
        Assert.Equal("yesterday-ish", laid.Text.ToString(laid.Layout.Diagnostics[0].Location.Span));
        Assert.Equal("not a url", laid.Text.ToString(laid.Layout.Diagnostics[1].Location.Span));
        Assert.Null(laid.Metadata.Published);
        Assert.Null(laid.Metadata.Url);
    }

    [Fact]
    public void A_bad_front_matter_date_gives_way_to_the_text()
    {
        var laid = LaidOut.Of("---\ndate: 2023-13-45\n---\nFeb 21, 2023\n\nSome text of the article, which ends.\n");

        Assert.Equal(new DateTimeOffset(2023, 2, 21, 0, 0, 0, TimeSpan.Zero), laid.Metadata.Published);
        Assert.Equal(["DX0203"], laid.DiagnosticIds);
    }

    [Fact]
    public void A_second_key_for_the_same_field_is_reported_and_the_first_kept()
    {
        var laid = LaidOut.Of("---\npublisher: Reuters\nsource: AP\n---\nSome text of the article, which ends.\n");

        Assert.Equal("Reuters", laid.Metadata.Outlet);
        Assert.Equal(LayoutDiagnostics.FrontMatterDuplicateKey.Id, laid.Layout.Diagnostics[0].Id);
        Assert.Equal("source", laid.Text.ToString(laid.Layout.Diagnostics[0].Location.Span));
    }

    [Fact]
    public void Empty_front_matter_is_front_matter()
    {
        var laid = LaidOut.Of("---\n---\nSome text of the article, which ends.\n");

        Assert.Equal([BlockKind.FrontMatter, BlockKind.Paragraph], laid.Kinds);
    }

    [Theory]
    [InlineData("---\nSome text of the article, which ends.\n")]
    [InlineData("\n---\ntitle: Not at the start\n---\nSome text of the article, which ends.\n")]
    [InlineData("----\ntitle: Four dashes\n----\nSome text of the article, which ends.\n")]
    public void Dashes_that_do_not_open_front_matter_at_the_very_start_are_not_front_matter(string text)
    {
        var laid = LaidOut.Of(text);

        Assert.DoesNotContain(BlockKind.FrontMatter, laid.Kinds);
        Assert.Equal(BlockKind.Paragraph, laid.Kinds[^1]);
    }

    [Fact]
    public void Front_matter_with_crlf_line_breaks()
    {
        var laid = LaidOut.Of("---\r\ntitle: Xi meets Putin\r\n---\r\n\r\nSome text of the article, which ends.\r\n");

        Assert.Equal((BlockKind.FrontMatter, "---\r\ntitle: Xi meets Putin\r\n---\r\n"), laid.Parts[0]);
        Assert.Equal("Xi meets Putin", laid.Metadata.Title);
    }
}
