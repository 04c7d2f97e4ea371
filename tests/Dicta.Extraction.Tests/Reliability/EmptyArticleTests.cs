using Dicta.Extraction.Loading;

namespace Dicta.Extraction.Tests.Reliability;

/// <summary>Issue 8, bad articles: an empty file, or one with nothing but white space, through every entry point.</summary>
public class EmptyArticleTests
{
    public static TheoryData<string, EntryPoint> Cases
    {
        get
        {
            var data = new TheoryData<string, EntryPoint>();
            foreach (var text in new[] { string.Empty, " \t\r\n\n  \u00A0\u2003\n" })
            {
                foreach (var entry in Enum.GetValues<EntryPoint>())
                {
                    data.Add(text, entry);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void An_empty_or_blank_article_is_kept_with_one_warning_and_the_others_load_unchanged(string text, EntryPoint entry)
    {
        using var load = MixedLoad.OfText(entry, text);

        var article = Assert.IsType<Dicta.Model.Article>(load.Bad);
        Assert.Equal(text, article.Text.ToString());
        Assert.Empty(article.Statements);
        var warning = Assert.Single(article.Diagnostics, d => d.Id == LoadingDiagnostics.EmptyArticle.Id);
        Assert.Equal(MixedLoad.BadId, warning.Location.Path);
        Assert.DoesNotContain(load.Corpus.Diagnostics, d => d.IsError);
        load.AssertGoodArticlesUnaffected();
    }
}
