using Dicta.Extraction.Loading;
using Dicta.Model;

namespace Dicta.Extraction.Tests.Reliability;

/// <summary>
/// Issue 8, bad articles: text handed over as a string (<see cref="ArticleInput.FromText"/>) skips decoding, so it
/// may hold what no decoder lets through: unpaired surrogates, NUL and other control characters, U+FFFF.
/// </summary>
public class TextInputTests
{
    public static TheoryData<string> Texts { get; } =
    [
        "Lone \uD800 high and \uDC00 low surrogates, \u201Cthey are here,\u201D he said.\n",
        "A\0NUL\u0001and\u001Bcontrols \u201Cin a quote\u0007,\u201D she said.\n",
        "Noncharacters \uFFFF\uFFFE and \uFEFF a mark mid-text, the minister said.\n",
        "\uDBFF",
        "\u201C",
        "\r",
        "said",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void Any_string_is_extracted_without_failing_and_with_every_span_in_its_text(string text)
    {
        var corpus = new CorpusLoader().Load([ArticleInput.FromText(Articles.Good[0].Name, Articles.Good[0].Text), ArticleInput.FromText("bad.txt", text), ArticleInput.FromText(Articles.Good[1].Name, Articles.Good[1].Text)]);

        var article = Assert.Single(corpus.Articles, a => a.Id == "bad.txt");
        Assert.Equal(text, article.Text.ToString());
        Assert.DoesNotContain(corpus.Diagnostics, d => d.Id == LoadingDiagnostics.ExtractionFailed.Id);
        Assert.All(SpansOf(article), span => Assert.True(article.Text.Contains(span), $"{span} is outside the text"));
        MixedLoad.AssertGoodArticlesUnaffected(corpus);
    }

    private static IEnumerable<Dicta.Model.Text.TextSpan> SpansOf(Article article) =>
        article.Blocks.Select(b => b.Span)
            .Concat(article.Sentences.Select(s => s.Span))
            .Concat(article.Statements.SelectMany(s => s.QuoteSpans.Append(s.ContentSpan)))
            .Concat(article.Statements.SelectMany(s => new[] { s.CueSpan, s.MentionSpan }).OfType<Dicta.Model.Text.TextSpan>())
            .Concat(article.Diagnostics.Select(d => d.Location.Span));
}
