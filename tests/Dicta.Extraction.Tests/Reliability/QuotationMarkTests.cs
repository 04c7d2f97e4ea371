using Dicta.Extraction.Loading;
using Dicta.Extraction.Quotations;
using Dicta.Model;
using Dicta.Model.Text;

namespace Dicta.Extraction.Tests.Reliability;

/// <summary>
/// Issue 8, bad articles: a quotation that is never closed, or closed by the wrong mark. The bad paragraph gets a
/// warning on its quotation mark; the statements of the rest of the article are found as if it were not there.
/// </summary>
public class QuotationMarkTests
{
    public static TheoryData<string, EntryPoint> Cases
    {
        get
        {
            var data = new TheoryData<string, EntryPoint>();
            foreach (var paragraph in BadParagraphs)
            {
                foreach (var entry in Enum.GetValues<EntryPoint>())
                {
                    data.Add(paragraph, entry);
                }
            }

            return data;
        }
    }

    /// <summary>Paragraphs with a quotation mark that nothing balances.</summary>
    private static string[] BadParagraphs { get; } =
    [
        "The spokesman said \u201Cthere will be no talks this year.",
        "\u201CThere will be no talks, the spokesman said.",
        "The spokesman said there will be no talks.\u201D",
        "\"There will be no talks, the spokesman said.",
        "The spokesman said \u201Cthere will be no talks\u2019 this year.",
        "\u00ABThere will be no talks,\u201D the spokesman said \u201Cthis year.",
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public void An_unbalanced_quotation_is_a_warning_on_its_paragraph_and_the_rest_of_the_article_is_extracted(string paragraph, EntryPoint entry)
    {
        // After the dateline paragraph, which must stay the first of the body to be read as one.
        var at = Articles.First.IndexOf("Xi said", StringComparison.Ordinal);
        var text = Articles.First[..at] + paragraph + "\n\n" + Articles.First[at..];

        using var load = MixedLoad.OfText(entry, text);

        var article = Assert.IsType<Article>(load.Bad);
        var bad = new TextSpan(at, paragraph.Length);
        var warnings = article.Diagnostics.Where(d => d.Id == QuotationDiagnostics.UnbalancedQuotationMark.Id).ToList();
        Assert.NotEmpty(warnings);
        Assert.All(warnings, w => Assert.True(bad.Contains(w.Location.Span), $"{w.Location.Span} is not in the bad paragraph {bad}"));
        Assert.All(warnings, w => Assert.Equal(MixedLoad.BadId, w.Location.Path));
        var clean = new CorpusLoader().Load([ArticleInput.FromText(MixedLoad.BadId, Articles.First)]).Articles.Single();
        Assert.Equal(
            clean.Statements.Select(ArticleSnapshot.Words),
            article.Statements.Where(s => !bad.OverlapsWith(s.ContentSpan)).Select(ArticleSnapshot.Words));
        load.AssertGoodArticlesUnaffected();
    }
}
