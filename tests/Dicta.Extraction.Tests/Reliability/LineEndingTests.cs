using Dicta.Extraction.Loading;
using Dicta.Model;

namespace Dicta.Extraction.Tests.Reliability;

/// <summary>
/// Issue 8, bad articles: Windows (CR LF) and old Mac (CR) line endings. The article keeps its text as written, its
/// spans point into that text, and it has the same statements as the same article with line feeds.
/// </summary>
public class LineEndingTests
{
    public static TheoryData<string, EntryPoint> Cases
    {
        get
        {
            var data = new TheoryData<string, EntryPoint>();
            foreach (var ending in new[] { "\r\n", "\r" })
            {
                foreach (var entry in Enum.GetValues<EntryPoint>())
                {
                    data.Add(ending, entry);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Crlf_and_cr_articles_have_the_statements_of_the_lf_version_with_spans_in_their_own_text(string ending, EntryPoint entry)
    {
        var text = Articles.First.Replace("\n", ending, StringComparison.Ordinal);

        using var load = MixedLoad.OfText(entry, text);

        var article = Assert.IsType<Article>(load.Bad);
        var lf = new CorpusLoader().Load([ArticleInput.FromText(MixedLoad.BadId, Articles.First)]).Articles.Single();
        Assert.Equal(text, article.Text.ToString());
        Assert.Equal(lf.Statements.Select(ArticleSnapshot.Words), article.Statements.Select(ArticleSnapshot.Words));
        Assert.Equal(lf.Blocks.Select(b => b.Kind), article.Blocks.Select(b => b.Kind));
        Assert.Equal(lf.Sentences.Length, article.Sentences.Length);
        Assert.Equal(text, string.Concat(article.Blocks.Select(b => article.Text.ToString(b.Span))));
        Assert.All(article.Sentences, s => Assert.True(article.Text.Contains(s.Span)));
        Assert.All(article.Diagnostics, d => Assert.True(article.Text.Contains(d.Location.Span)));
        Assert.Equal(lf.Diagnostics.Select(d => d.Id), article.Diagnostics.Select(d => d.Id));
        load.AssertGoodArticlesUnaffected();
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Line_numbers_of_diagnostics_count_each_line_break_once(string ending)
    {
        var text = "Headline" + ending + ending + "It was \u201Cfine, he said." + ending;

        var article = new CorpusLoader().Load([ArticleInput.FromText("a.txt", text)]).Articles.Single();

        var unbalanced = Assert.Single(article.Diagnostics, d => d.Id == Dicta.Extraction.Quotations.QuotationDiagnostics.UnbalancedQuotationMark.Id);
        Assert.Equal(2, unbalanced.Location.GetLineSpan().Start.Line);
    }
}
