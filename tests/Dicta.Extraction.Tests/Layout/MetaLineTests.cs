using Dicta.Extraction.Layout;
using Dicta.Model;
using Dicta.Model.Diagnostics;
using Dicta.Model.Text;

namespace Dicta.Extraction.Tests.Layout;

public class MetaLineTests
{
    [Theory]
    [InlineData("21.02.2023, Sputnik International", "Sputnik International", true, false)]
    [InlineData("Sputnik International, 21.02.2023", "Sputnik International", true, false)]
    [InlineData("2023-02-21T17:12+0000", null, true, false)]
    [InlineData("Feb 21, 2023 | Reuters", "Reuters", true, false)]
    [InlineData("Voice of America — February 21, 2023", "Voice of America", true, false)]
    [InlineData("aljazeera.com / 21 Feb 2023", "aljazeera.com", true, false)]
    [InlineData("Published: Feb 21, 2023", null, true, false)]
    [InlineData("Published on 21 February 2023", null, true, false)]
    [InlineData("Updated: 2023-02-22", null, false, false)]
    [InlineData("Published: Feb 21, 2023 | Updated: Feb 22, 2023", null, true, false)]
    [InlineData("By Jane Doe", null, false, true)]
    [InlineData("By Jane Doe and John de Roe, Reuters", null, false, true)]
    [InlineData("Posted on Feb 21, 2023 by Jane Doe", null, true, true)]
    [InlineData("Reuters | By Jane Doe", null, false, true)]
    [InlineData("Published: 3 hours ago", null, false, false)]
    public void Publisher_timestamp_and_byline_lines(string line, string? outlet, bool published, bool byline)
    {
        var meta = MetaLineGrammar.Read(line);

        Assert.NotNull(meta);
        Assert.Equal(outlet, meta.Outlet);
        Assert.Equal(published, meta.Published is not null);
        Assert.Equal(byline, meta.IsByline);
    }

    [Theory]
    [InlineData("Putin, Xi Agree")]
    [InlineData("Sputnik International")]
    [InlineData("By the way, the talks went well.")]
    [InlineData("The talks were held on Feb 21, 2023 in Moscow.")]
    [InlineData("2023")]
    [InlineData("Trade rose 31% to $123 billion in 2021.")]
    public void Lines_that_are_not_meta_lines(string line)
    {
        Assert.Null(MetaLineGrammar.Read(line));
    }

    [Fact]
    public void An_update_date_is_not_the_publication_date_when_there_is_one()
    {
        var laid = LaidOut.Of("Xi Visits Moscow\n\nUpdated: Feb 22, 2023\nPublished: Feb 21, 2023\n\nXi arrived in Moscow on Monday.\n");

        Assert.Equal(new DateTimeOffset(2023, 2, 21, 0, 0, 0, TimeSpan.Zero), laid.Metadata.Published);
        var onlyUpdated = LaidOut.Of("Xi Visits Moscow\n\nUpdated: Feb 22, 2023\n\nXi arrived in Moscow on Monday.\n");
        Assert.Equal(new DateTimeOffset(2023, 2, 22, 0, 0, 0, TimeSpan.Zero), onlyUpdated.Metadata.Published);
    }

    [Fact]
    public void A_later_timestamp_of_the_same_day_makes_the_date_precise()
    {
        var laid = LaidOut.Of("21.02.2023, Sputnik International\n\n2023-02-21T17:12+0000\n\n2023-02-21T17:55+0000\n\nText of the article, which ends.\n");

        Assert.Equal(new DateTimeOffset(2023, 2, 21, 17, 12, 0, TimeSpan.Zero), laid.Metadata.Published);
        Assert.Equal(3, laid.Kinds.Count(k => k == BlockKind.Metadata));
    }

    [Fact]
    public void A_timestamp_of_another_day_does_not_replace_the_date()
    {
        var laid = LaidOut.Of("21.02.2023\n\n2023-02-25T17:12+0000\n\nText of the article, which ends.\n");

        Assert.Equal(new DateTimeOffset(2023, 2, 21, 0, 0, 0, TimeSpan.Zero), laid.Metadata.Published);
    }

    [Fact]
    public void An_article_without_a_date_gets_an_info_at_its_start()
    {
        var laid = LaidOut.Of("Xi Visits Moscow\n\nXi arrived in Moscow on Monday.\n");

        var diagnostic = Assert.Single(laid.Layout.Diagnostics);
        Assert.Equal(LayoutDiagnostics.NoDate.Id, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Equal(new TextSpan(0, 0), diagnostic.Location.Span);
        Assert.Same(laid.Text, diagnostic.Location.Source);
    }
}
