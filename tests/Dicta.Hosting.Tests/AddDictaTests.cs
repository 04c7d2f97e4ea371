using Dicta.Extraction.Loading;
using Dicta.Model;
using Dicta.Query;
using Microsoft.Extensions.DependencyInjection;

namespace Dicta.Hosting.Tests;

public sealed class AddDictaTests
{
    [Fact]
    public void The_engine_resolves_over_the_seeds_and_answers_the_design_cards_query()
    {
        using var provider = new ServiceCollection().AddDicta().BuildServiceProvider();

        var engine = provider.GetRequiredService<QueryEngine>();
        var result = engine.Execute("statements where speaker = \"Putin\" and topic = \"Taiwan\"");

        Assert.Empty(result.Diagnostics);
        Assert.NotEmpty(result.Items);
        Assert.All(result.ItemsOf<Statement>(), s => Assert.True(s.Speaker.Denotes("Putin") && s.Topics.Any(t => t.Slug == "taiwan")));
    }

    [Fact]
    public void Options_name_the_corpus_and_every_service_is_one_instance()
    {
        var article = ArticleInput.FromText("a.txt", "Talks\n\n\"We are ready,\" said Anna Berg.\n");
        using var provider = new ServiceCollection()
            .AddDicta(options => options.AddArticles([article]).UseEngine(new QueryEngineOptions { CacheSize = 0 }))
            .BuildServiceProvider();

        var corpus = provider.GetRequiredService<Corpus>();
        var engine = provider.GetRequiredService<QueryEngine>();

        Assert.Same(corpus, provider.GetRequiredService<Corpus>());
        Assert.Same(corpus, engine.Corpus);
        Assert.Equal(0, engine.Options.CacheSize);
        Assert.Equal(["a.txt"], corpus.Articles.Select(a => a.Id));
        Assert.Equal(1, engine.Execute("statements where speaker = 'Berg' count").Count);
    }
}
