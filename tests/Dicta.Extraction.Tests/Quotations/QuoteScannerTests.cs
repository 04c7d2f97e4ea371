using Dicta.Extraction.Quotations;
using Dicta.Model;
using Dicta.Model.Diagnostics;

namespace Dicta.Extraction.Tests.Quotations;

public class QuoteScannerTests
{
    private static Quotation Single(string text)
    {
        var scan = TestArticle.FromLines(text).Scan();
        Assert.Empty(scan.Diagnostics);
        return Assert.Single(scan.Quotations);
    }

    private static string Content(TestArticle article, Quotation quotation) => article.Text.ToString(quotation.ContentSpan);

    [Theory]
    [InlineData("He said “we agree” today.", QuoteStyle.Curly)]
    [InlineData("He said \"we agree\" today.", QuoteStyle.Straight)]
    [InlineData("He said ‘we agree’ today.", QuoteStyle.SingleCurly)]
    [InlineData("He said 'we agree' today.", QuoteStyle.SingleStraight)]
    [InlineData("He said «we agree» today.", QuoteStyle.Guillemet)]
    public void Each_style_of_marks_makes_one_closed_quotation(string text, QuoteStyle style)
    {
        var quotation = Single(text);
        Assert.Equal(style, quotation.Style);
        Assert.Equal(8, quotation.Span.Start);
        Assert.Equal(18, quotation.Span.End);
        Assert.Equal("we agree", text[quotation.ContentSpan.Start..quotation.ContentSpan.End]);
        Assert.True(quotation.IsClosed);
        Assert.Equal(0, quotation.Depth);
        Assert.False(quotation.ContinuesFromPrevious);
        Assert.False(quotation.ContinuesToNext);
    }

    [Theory]
    [InlineData("He said \"yes\" and she said \"no\".", "yes|no")]
    [InlineData("\"Stop,\" he said, \"now.\"", "Stop,|now.")]
    [InlineData("The \"A.\"\"B\" pair.", "A.|B")]
    [InlineData("(\"bracketed\") and -\"dashed\"-", "bracketed|dashed")]
    [InlineData("He is 5'10\" tall and said \"hi\".", "hi")]
    public void Straight_double_marks_open_or_close_by_their_neighbours(string text, string expected)
    {
        var article = TestArticle.FromLines(text);
        Assert.Empty(article.Scan().Diagnostics);
        Assert.Equal(expected.Split('|'), article.QuotationContents());
    }

    [Theory]
    [InlineData("China’s leader and Russia’s don’t agree.")]
    [InlineData("Music of the ’90s and the ‘90s and the '90s returned.")]
    [InlineData("The Brothers’ band played the Joneses’ song.")]
    [InlineData("The Brothers' band played the Joneses' song.")]
    [InlineData("It was rock 'n' roll, goin’ strong, ’til dawn, 'em all.")]
    [InlineData("The 1990’s were calm and O’Brien’s 5’ wall stood.")]
    public void Apostrophes_are_not_quotation_marks(string text)
    {
        var scan = TestArticle.FromLines(text).Scan();
        Assert.Empty(scan.Quotations);
        Assert.Empty(scan.Diagnostics);
    }

    [Theory]
    [InlineData("Russia’s Putin praises ‘great power’ links.", "great power")]
    [InlineData("They oppose the ‘rules-based order,’ he said.", "rules-based order,")]
    [InlineData("Leaders defend ‘the workers’ rights’ today.", "the workers’ rights")]
    [InlineData("Leaders defend 'the workers' rights' today.", "the workers' rights")]
    [InlineData("A fight over ‘the Joneses’’ house.", "the Joneses’")]
    [InlineData("It was called ‘China’s moment’ by all.", "China’s moment")]
    [InlineData("Lauds 'More Just' Order.", "More Just")]
    public void Single_quotations_are_told_from_apostrophes(string text, string content)
    {
        var article = TestArticle.FromLines(text);
        Assert.Empty(article.Scan().Diagnostics);
        Assert.Equal([content], article.QuotationContents());
    }

    [Fact]
    public void Two_single_quotations_after_plural_words_are_two()
    {
        var article = TestArticle.FromLines("They reject ‘rules’ and ‘norms’ alike.");
        Assert.Equal(["rules", "norms"], article.QuotationContents());
    }

    [Fact]
    public void Nested_quotations_get_depths()
    {
        var article = TestArticle.FromLines("He said “the allies push the so-called ‘rules-based order,’” and left.");
        var scan = article.Scan();
        Assert.Empty(scan.Diagnostics);
        Assert.Collection(
            scan.Quotations,
            outer =>
            {
                Assert.Equal((QuoteStyle.Curly, 0), (outer.Style, outer.Depth));
                Assert.Equal("the allies push the so-called ‘rules-based order,’", Content(article, outer));
            },
            inner =>
            {
                Assert.Equal((QuoteStyle.SingleCurly, 1), (inner.Style, inner.Depth));
                Assert.Equal("rules-based order,", Content(article, inner));
            });
    }

    [Fact]
    public void Quotations_nest_three_deep()
    {
        var article = TestArticle.FromLines("“One ‘two “three” two’ one”");
        Assert.Equal([0, 1, 2], article.Scan().Quotations.Select(q => q.Depth));
        Assert.Equal(["One ‘two “three” two’ one", "two “three” two", "three"], article.QuotationContents());
    }

    [Theory]
    [InlineData("Russia “condemn[s] provocations” there.", "condemn[s] provocations")]
    [InlineData("“We [Russia and China] have agreement,” he said.", "We [Russia and China] have agreement,")]
    [InlineData("“We should (and) will,” he said.", "We should (and) will,")]
    public void Brackets_inside_quotations_stay_inside(string text, string content)
    {
        Assert.Equal([content], TestArticle.FromLines(text).QuotationContents());
    }

    [Fact]
    public void Glued_quotations_are_two()
    {
        var article = TestArticle.FromLines("“…the changing situation.”“I believe we can,” Wang said.");
        Assert.Equal(["…the changing situation.", "I believe we can,"], article.QuotationContents());
        Assert.All(article.Scan().Quotations, q => Assert.True(q.IsClosed));
    }

    [Theory]
    [InlineData("“We will go on.\n“And we will win,” he said.")]
    [InlineData("“We will go on.\n\n“And we will win,” he said.")]
    [InlineData("“We will go on.\n  \n\n“And we will win,” he said.")]
    [InlineData("\"We will go on.\n\"And we will win,\" he said.")]
    public void A_quotation_continued_in_the_next_paragraph_is_linked_without_diagnostic(string text)
    {
        var article = TestArticle.FromLines(text);
        var scan = article.Scan();
        Assert.Empty(scan.Diagnostics);
        Assert.Collection(
            scan.Quotations,
            first =>
            {
                Assert.False(first.IsClosed);
                Assert.True(first.ContinuesToNext);
                Assert.False(first.ContinuesFromPrevious);
                Assert.Equal("We will go on.", Content(article, first));
                Assert.True(first.IsBalanced);
            },
            second =>
            {
                Assert.True(second.IsClosed);
                Assert.False(second.ContinuesToNext);
                Assert.True(second.ContinuesFromPrevious);
                Assert.Equal("And we will win,", Content(article, second));
            });
    }

    [Fact]
    public void A_quotation_continues_over_three_paragraphs()
    {
        var article = TestArticle.FromLines("He said: “One.\n“Two.\n“Three.”");
        var scan = article.Scan();
        Assert.Empty(scan.Diagnostics);
        Assert.Equal([(false, true), (true, true), (true, false)], scan.Quotations.Select(q => (q.ContinuesFromPrevious, q.ContinuesToNext)));
        Assert.Equal([false, false, true], scan.Quotations.Select(q => q.IsClosed));
    }

    [Fact]
    public void An_unclosed_quotation_is_reported_at_its_mark_and_ends_with_its_paragraph()
    {
        const string text = "He said “we agree and left.  \nThe next day came.";
        var article = TestArticle.FromLines(text);
        var scan = article.Scan();
        var diagnostic = Assert.Single(scan.Diagnostics);
        Assert.Equal("DX0301", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains("unbalanced quotation mark", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(text.IndexOf('“', StringComparison.Ordinal), diagnostic.Location.Span.Start);
        Assert.Equal(1, diagnostic.Location.Span.Length);
        Assert.Same(article.Text, diagnostic.Location.Source);

        var quotation = Assert.Single(scan.Quotations);
        Assert.False(quotation.IsClosed);
        Assert.False(quotation.ContinuesToNext);
        Assert.False(quotation.IsBalanced);
        Assert.Equal("we agree and left.", Content(article, quotation));
    }

    [Fact]
    public void A_closing_mark_with_no_opening_is_reported_and_makes_no_quotation()
    {
        const string text = "It was over in the end.” The center was decades.";
        var scan = TestArticle.FromLines(text).Scan();
        Assert.Empty(scan.Quotations);
        var diagnostic = Assert.Single(scan.Diagnostics);
        Assert.Equal(text.IndexOf('”', StringComparison.Ordinal), diagnostic.Location.Span.Start);
        Assert.Contains("nothing opens it", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Quotations_never_span_blocks_otherwise()
    {
        var scan = TestArticle.FromLines("He said “we agree\nand then” he left.").Scan();
        Assert.Equal(2, scan.Diagnostics.Length);
        var quotation = Assert.Single(scan.Quotations);
        Assert.Equal(8, quotation.Span.Start);
        Assert.Equal(17, quotation.Span.End);
    }

    [Fact]
    public void A_heading_between_paragraphs_stops_a_continuation()
    {
        var article = TestArticle.FromLines(
            "“We will go on.\nA Heading\n“And we will win,” he said.",
            (line, _) => line == 1 ? BlockKind.Heading : null);
        var scan = article.Scan();
        Assert.Single(scan.Diagnostics);
        Assert.False(scan.Quotations[0].ContinuesToNext);
        Assert.False(scan.Quotations[1].ContinuesFromPrevious);
    }

    [Fact]
    public void A_next_paragraph_with_another_style_does_not_continue_the_quotation()
    {
        var scan = TestArticle.FromLines("“We will go on.\n‘And we will win,’ he said.").Scan();
        Assert.Single(scan.Diagnostics);
        Assert.All(scan.Quotations, q => Assert.False(q.ContinuesToNext || q.ContinuesFromPrevious));
    }

    [Fact]
    public void An_inner_quotation_left_open_ends_where_its_outer_quotation_closes()
    {
        var article = TestArticle.FromLines("He said “the ‘so-called order, ” and left.");
        var scan = article.Scan();
        Assert.Single(scan.Diagnostics);
        Assert.Equal(13, scan.Diagnostics[0].Location.Span.Start);
        Assert.Equal(["the ‘so-called order, ", "so-called order,"], article.QuotationContents());
        Assert.Equal([true, false], scan.Quotations.Select(q => q.IsClosed));
    }

    [Fact]
    public void Only_body_blocks_are_scanned()
    {
        var article = TestArticle.FromLines(
            "Putin lauds ‘great power’ links\n(Reuters) “Dateline”\nA “standfirst” here.\nA “paragraph” here.\nSign up for our “newsletter”",
            (line, _) => line switch
            {
                0 => BlockKind.Title,
                1 => BlockKind.Dateline,
                2 => BlockKind.Standfirst,
                4 => BlockKind.Boilerplate,
                _ => null,
            });
        Assert.Equal(["standfirst", "paragraph"], article.QuotationContents());
    }

    [Fact]
    public void Blocks_may_come_in_any_order()
    {
        var article = TestArticle.FromLines("“One.\n“Two.”");
        var reversed = QuoteScanner.Scan(article.Text, article.Blocks.Reverse());
        Assert.Equal(article.Scan().Quotations.ToArray(), reversed.Quotations.ToArray());
    }

    [Fact]
    public void A_block_past_the_end_of_the_text_is_rejected()
    {
        var article = TestArticle.FromLines("short");
        Assert.Throws<ArgumentException>(() => QuoteScanner.Scan(article.Text, [new Block(BlockKind.Paragraph, new(0, 99))]));
    }

    [Fact]
    public void Crlf_line_breaks_end_paragraphs_cleanly()
    {
        var article = TestArticle.FromLines("“We will go on.\r\n\r\n“And win,” he said.\r\n");
        var scan = article.Scan();
        Assert.Empty(scan.Diagnostics);
        Assert.Equal(["We will go on.", "And win,"], article.QuotationContents());
    }
}
