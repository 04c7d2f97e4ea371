using Dicta.Extraction.Loading;

namespace Dicta.Hosting.Tests;

public sealed class CorpusFactoryTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("dicta-hosting-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void With_no_source_the_corpus_is_the_embedded_seeds()
    {
        var corpus = CorpusFactory.Load(new DictaOptions());

        Assert.Equal(5, corpus.ArticleCount);
        Assert.Contains(corpus.Speakers, s => s.IsNamed("Vladimir Putin"));
    }

    [Fact]
    public void Sources_of_every_kind_load_into_one_corpus()
    {
        var file = Path.Combine(_directory, "file.txt");
        File.WriteAllText(file, "Ministers meet\n\n\"We will talk,\" the minister Anna Berg said.\n");
        var prebuilt = CorpusFactory.Load(new DictaOptions().AddArticles([ArticleInput.FromText("prebuilt.txt", "Prebuilt\n\n\"Yes,\" Tom Lee said.\n")]));

        var corpus = CorpusFactory.Load(new DictaOptions()
            .AddPath(file)
            .AddArticles([ArticleInput.FromText("code.txt", "Built in code\n\n\"No,\" said Mary Jones.\n")])
            .AddCorpus(prebuilt));

        Assert.Equal(["code.txt", "file.txt", "prebuilt.txt"], corpus.Articles.Select(a => a.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["Anna Berg", "Mary Jones", "Tom Lee"], corpus.Statements.Select(s => s.Speaker.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_missing_path_and_a_broken_lexicon_are_diagnostics_and_the_rest_loads()
    {
        var lexicon = Path.Combine(_directory, "topics.json");
        File.WriteAllText(lexicon, "{ not json");

        var corpus = CorpusFactory.Load(new DictaOptions()
            .AddSeeds()
            .AddPath(Path.Combine(_directory, "missing"))
            .ExtendTopics(lexicon));

        Assert.Equal(5, corpus.ArticleCount);
        Assert.Contains(corpus.Diagnostics, d => d.IsError && d.Message.Contains("missing", StringComparison.Ordinal));
        Assert.Contains(corpus.Diagnostics, d => d.IsError && d.Location.Path.EndsWith("topics.json", StringComparison.Ordinal));
    }

    [Fact]
    public void A_gazetteer_file_extends_what_extraction_knows()
    {
        var gazetteer = Path.Combine(_directory, "gazetteer.json");
        File.WriteAllText(gazetteer, """{ "people": [ { "name": "Zora Quill", "aliases": ["Quill"], "country": "Freedonia", "role": "president" } ] }""");
        var article = ArticleInput.FromText("a.txt", "Summit\n\n\"We stand firm,\" Quill said.\n");

        var plain = CorpusFactory.Load(new DictaOptions().AddArticles([article]));
        var extended = CorpusFactory.Load(new DictaOptions().AddArticles([article]).ExtendGazetteer(gazetteer));

        Assert.DoesNotContain(plain.Statements, s => s.Speaker.Name == "Zora Quill");
        var statement = Assert.Single(extended.Statements);
        Assert.Equal("Zora Quill", statement.Speaker.Name);
        Assert.Equal("Freedonia", statement.Speaker.Country);
    }
}
