using System.Reflection;
using System.Text;
using Dicta.Extraction.Loading;

namespace Dicta.Extraction.Tests.Loading;

public class SeedCorpusTests
{
    private static readonly string RepositorySeeds = Path.Combine(RepositoryRoot(), "src", "Dicta.Extraction", "Seeds");

    [Fact]
    public void The_embedded_seeds_are_the_five_seed_articles_by_file_name()
    {
        var corpus = new CorpusLoader().LoadSeeds();

        Assert.Equal(
            ["000_571892bab8bfb740.txt", "001_1bb006a956a83ea0.txt", "002_73fc8d6edca50fa8.txt", "003_ae30d0a36fc04354.txt", "004_69da86e87e65e6a7.txt"],
            corpus.Articles.Select(a => a.Id));
    }

    [Fact]
    public void Each_seed_is_read_exactly_and_its_blocks_give_the_text_back()
    {
        foreach (var article in new CorpusLoader().LoadSeeds().Articles)
        {
            var rebuilt = string.Concat(article.Blocks.Select(b => article.Text.ToString(b.Span)));
            Assert.Equal(article.Text.ToString(), rebuilt);
            Assert.Equal(File.ReadAllText(Path.Combine(RepositorySeeds, article.Id)), article.Text.ToString());
        }
    }

    [Fact]
    public void Seeds_have_sentences()
    {
        var corpus = new CorpusLoader().LoadSeeds();

        Assert.All(corpus.Articles, a => Assert.NotEmpty(a.Sentences));
    }

    [Fact]
    public void Each_seed_text_is_its_embedded_bytes_decoded()
    {
        var articles = new CorpusLoader().LoadSeeds().Articles.ToDictionary(a => a.Id);

        foreach (var input in ArticleSources.Seeds().Cast<BytesArticleInput>())
        {
            Assert.Equal(new UTF8Encoding(false).GetString(input.Bytes.Span).TrimStart('\uFEFF'), articles[input.Id].Text.ToString());
        }
    }

    [Fact]
    public void Seed_inputs_are_embedded_bytes_so_the_tool_needs_no_files_beside_it()
    {
        Assert.All(ArticleSources.Seeds(), input => Assert.IsType<BytesArticleInput>(input));
    }

    /// <summary>The repository root, recorded in the test assembly at build time (see the project file).</summary>
    private static string RepositoryRoot() =>
        typeof(SeedCorpusTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value
        ?? throw new InvalidOperationException("The test assembly does not record the repository root.");
}
