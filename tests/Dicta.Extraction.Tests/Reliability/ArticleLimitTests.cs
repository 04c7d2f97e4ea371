using Dicta.Extraction.Loading;
using Dicta.Extraction.Tests.Loading;

namespace Dicta.Extraction.Tests.Reliability;

/// <summary>Issue 8, bad articles: more articles than <see cref="LoadOptions.MaxArticles"/>.</summary>
public class ArticleLimitTests
{
    [Fact]
    public void Past_the_article_limit_the_first_articles_in_order_load_unchanged_and_one_warning_says_so()
    {
        using var directory = new TempDirectory();
        MixedLoad.WriteGoodArticles(directory.Path);
        directory.Write("third.txt", Articles.First);
        directory.Write("zzz/fourth.txt", Articles.Second);

        var corpus = new CorpusLoader(new LoadOptions { MaxArticles = 2 }).Load([directory.Path]);

        Assert.Equal(["first.txt", "second.txt"], corpus.Articles.Select(a => a.Id));
        var warning = Assert.Single(corpus.Diagnostics, d => d.Id == LoadingDiagnostics.TooManyArticles.Id);
        Assert.Equal(Dicta.Model.Diagnostics.DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("only the first 2 articles", warning.Message, StringComparison.Ordinal);
        MixedLoad.AssertGoodArticlesUnaffected(corpus);
    }

    [Fact]
    public void Inputs_past_the_limit_are_not_even_enumerated()
    {
        var enumerated = 0;
        IEnumerable<ArticleInput> Endless()
        {
            for (var i = 0; ; i++)
            {
                enumerated++;
                yield return ArticleInput.FromText($"a{i}", Articles.First);
            }
        }

        var corpus = new CorpusLoader(new LoadOptions { MaxArticles = 3 }).Load(Endless());

        Assert.Equal(3, corpus.ArticleCount);
        Assert.Equal(4, enumerated);
    }

    [Fact]
    public void Adding_to_a_corpus_counts_the_articles_it_has_against_the_limit()
    {
        var loader = new CorpusLoader(new LoadOptions { MaxArticles = 2 });
        var first = loader.Load([ArticleInput.FromText("first.txt", Articles.First)]);

        var corpus = loader.AddTo(first, [ArticleInput.FromText("second.txt", Articles.Second), ArticleInput.FromText("third.txt", Articles.First)]);

        Assert.Equal(["first.txt", "second.txt"], corpus.Articles.Select(a => a.Id));
        Assert.Contains(corpus.Diagnostics, d => d.Id == LoadingDiagnostics.TooManyArticles.Id);
    }
}
