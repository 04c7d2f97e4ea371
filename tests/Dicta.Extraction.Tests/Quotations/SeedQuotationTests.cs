using Dicta.Extraction.Quotations;

namespace Dicta.Extraction.Tests.Quotations;

public class SeedQuotationTests
{
    public static TheoryData<string> Seeds() => [.. TestArticle.SeedNames];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_quotations_are_well_formed(string seed)
    {
        var article = TestArticle.Seed(seed);
        Assert.True(ScanInvariants.QuotationsAreWellFormed(article, article.Scan()));
    }

    [Theory]
    [InlineData("000_571892bab8bfb740.txt")]
    [InlineData("002_73fc8d6edca50fa8.txt")]
    [InlineData("003_ae30d0a36fc04354.txt")]
    [InlineData("004_69da86e87e65e6a7.txt")]
    public void Seeds_with_balanced_marks_give_no_diagnostics(string seed)
    {
        var scan = TestArticle.Seed(seed).Scan();
        Assert.Empty(scan.Diagnostics);
        Assert.All(scan.Quotations, q => Assert.True(q.IsClosed));
    }

    [Fact]
    public void Seed_001s_stray_closing_mark_is_the_only_diagnostic()
    {
        var article = TestArticle.Seed("001_1bb006a956a83ea0.txt");
        var diagnostic = Assert.Single(article.Scan().Diagnostics);
        var expected = article.Text.ToString().IndexOf("decades.”", StringComparison.Ordinal) + "decades.".Length;
        Assert.Equal(expected, diagnostic.Location.Span.Start);
    }

    [Theory]
    [InlineData("002_73fc8d6edca50fa8.txt", "rules-based order,")]
    [InlineData("003_ae30d0a36fc04354.txt", "one China")]
    [InlineData("004_69da86e87e65e6a7.txt", "democracy")]
    [InlineData("004_69da86e87e65e6a7.txt", "human rights")]
    [InlineData("004_69da86e87e65e6a7.txt", "get together at the Winter Olympics")]
    [InlineData("004_69da86e87e65e6a7.txt", "for a shared future")]
    public void Seed_nested_single_quotations_have_depth_one(string seed, string content)
    {
        var article = TestArticle.Seed(seed);
        var quotation = Assert.Single(article.Scan().Quotations, q => article.Text.ToString(q.ContentSpan) == content);
        Assert.Equal(1, quotation.Depth);
        Assert.Equal(QuoteStyle.SingleCurly, quotation.Style);
    }

    [Theory]
    [InlineData("000_571892bab8bfb740.txt", "not on some rules that someone has invented and is attempting to impose on others,")]
    [InlineData("000_571892bab8bfb740.txt", "condemn[s] provocations staged by the United States and its satellites in the Strait of Taiwan")]
    [InlineData("000_571892bab8bfb740.txt", "Russia’s adherence to the one-China principle, stressing that Taiwan is part of China.")]
    [InlineData("000_571892bab8bfb740.txt", "anti-U.S.")]
    [InlineData("000_571892bab8bfb740.txt", "We [Russia and China] have complete agreement in our assessments of the international situation,")]
    [InlineData("001_1bb006a956a83ea0.txt", "the other’s core interests.")]
    [InlineData("001_1bb006a956a83ea0.txt", "We should focus on development cooperation (and) make full use of the role of the various cooperation mechanisms and the respective strengths between the two countries,")]
    [InlineData("001_1bb006a956a83ea0.txt", "share a vision for the world that is at odds with the vision that is at the heart of the international system, the vision that has been expressed for the past eight years in the United States.")]
    [InlineData("002_73fc8d6edca50fa8.txt", "new steps in strategic cooperation in accordance with the changing situation.")]
    [InlineData("002_73fc8d6edca50fa8.txt", "I believe that today we have very good opportunities to continue our close strategic interaction and contacts in defense of our common strategic interests,")]
    [InlineData("002_73fc8d6edca50fa8.txt", "More Just")]
    [InlineData("003_ae30d0a36fc04354.txt", "multipolar, fairer world order")]
    [InlineData("003_ae30d0a36fc04354.txt", "The leaders of the two countries realise that the US is practically implementing a policy of double containment, [toward] both Russia and China,")]
    [InlineData("004_69da86e87e65e6a7.txt", "cannot be influenced by third countries.")]
    [InlineData("004_69da86e87e65e6a7.txt", "Ryabkov asked to meet with me to share Moscow’s proposals on European security. I will take these ideas back to Washington and also share them with our allies and partners,")]
    public void Seed_quotations_match_the_gold_segments(string seed, string content)
    {
        Assert.Contains(content, TestArticle.Seed(seed).QuotationContents());
    }

    [Fact]
    public void Seed_002s_quotation_glued_to_the_next_is_two()
    {
        var article = TestArticle.Seed("002_73fc8d6edca50fa8.txt");
        var text = article.Text.ToString();
        var glue = text.IndexOf("situation.”“I", StringComparison.Ordinal) + "situation.".Length;
        var quotations = article.Scan().Quotations;
        Assert.Contains(quotations, q => q.Span.End == glue + 1 && q.IsClosed);
        Assert.Contains(quotations, q => q.Span.Start == glue + 1 && q.IsClosed);
    }
}
