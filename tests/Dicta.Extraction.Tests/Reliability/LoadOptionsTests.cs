using Dicta.Extraction.Loading;

namespace Dicta.Extraction.Tests.Reliability;

/// <summary>Issue 8: the limits are options, and their defaults are safe for untrusted input.</summary>
public class LoadOptionsTests
{
    [Fact]
    public void The_defaults_bound_file_size_and_article_count_and_read_only_txt_files()
    {
        var options = LoadOptions.Default;

        Assert.Equal(32L * 1024 * 1024, options.MaxFileBytes);
        Assert.Equal(1_000_000, options.MaxArticles);
        Assert.Equal("*.txt", options.FilePattern);
        Assert.True(options.MaxDegreeOfParallelism >= 1);
        Assert.Same(options, new CorpusLoader().Options);
        Assert.Same(options, ArticleExtractor.Default.Options);
    }

    [Fact]
    public void The_loader_and_its_extractor_apply_the_same_options()
    {
        var options = new LoadOptions { MaxFileBytes = 10, MaxArticles = 5 };

        var loader = new CorpusLoader(options);

        Assert.Same(options, loader.Options);
        Assert.Same(options, loader.Extractor.Options);
    }

    [Fact]
    public void A_file_size_limit_of_zero_reads_only_empty_files()
    {
        using var directory = new Loading.TempDirectory();
        directory.Write("empty.txt", string.Empty);
        directory.Write("full.txt", Articles.First);

        var corpus = new CorpusLoader(new LoadOptions { MaxFileBytes = 0 }).Load([directory.Path]);

        Assert.Equal("empty.txt", Assert.Single(corpus.Articles).Id);
        Assert.Contains(corpus.Diagnostics, d => d.Id == LoadingDiagnostics.FileTooLarge.Id && d.Location.Path.EndsWith("full.txt", StringComparison.Ordinal));
    }
}
