using Dicta.Extraction.Loading;
using Dicta.Extraction.Resolution;
using Dicta.Model;

namespace Dicta.Extraction.Tests.Resolution;

public class CorpusResolverTests
{
    private static IReadOnlyList<Article> Extract(params string[] bodies) =>
        [.. bodies.Select((body, i) => ArticleExtractor.Default.Extract(ArticleInput.FromText($"{i}.txt", "Headline\n\n" + body + "\n")).Article!)];

    [Fact]
    public void A_surname_takes_the_one_full_name_of_the_corpus_ignoring_case()
    {
        var articles = CorpusResolver.Resolve(Extract("Russian envoy Mikhail Ulyanov said the inspectors could return.", "ULYANOV said the talks would resume."), []);

        var completed = Assert.Single(articles[1].Statements).Speaker;
        Assert.Equal("Mikhail Ulyanov", completed.Name);
        Assert.Contains(completed.Aliases, alias => string.Equals(alias, "Ulyanov", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_surname_two_full_names_end_with_stays_as_it_is()
    {
        var articles = CorpusResolver.Resolve(
            Extract("Russian envoy Mikhail Ulyanov said the inspectors could return.", "Economist Olga Ulyanov said prices would rise.", "Ulyanov said the talks would resume."),
            []);

        Assert.Equal("Ulyanov", Assert.Single(articles[2].Statements).Speaker.Name);
    }

    [Fact]
    public void A_full_name_the_corpus_already_knows_completes_a_surname()
    {
        var articles = CorpusResolver.Resolve(Extract("Ulyanov said the talks would resume."), [new Speaker("Mikhail Ulyanov", SpeakerKind.Person)]);

        Assert.Equal("Mikhail Ulyanov", Assert.Single(articles[0].Statements).Speaker.Name);
    }

    [Fact]
    public void Articles_with_nothing_to_complete_are_the_same_instances()
    {
        var extracted = Extract("Russian envoy Mikhail Ulyanov said the inspectors could return.", "The ministry said the talks would resume.");

        var articles = CorpusResolver.Resolve(extracted, []);

        Assert.Equal(extracted.Count, articles.Count);
        Assert.All(articles, (article, i) => Assert.Same(extracted[i], article));
    }
}
