using System.Text;
using Dicta.Extraction.Loading;
using Dicta.Model.Diagnostics;

namespace Dicta.Extraction.Tests.Loading;

public class CorpusLoaderTests
{
    private const string Article = "A headline\n\nMOSCOW: The minister said on Monday that talks went well.\n";

    [Fact]
    public void A_directory_is_searched_recursively_with_ids_relative_to_it()
    {
        using var dir = new TempDirectory();
        dir.Write("a.txt", Article);
        dir.Write("nested/deeper/b.txt", Article);
        dir.Write("notes.md", Article);

        var corpus = new CorpusLoader().Load([dir.Path]);

        Assert.Equal(["a.txt", "nested/deeper/b.txt"], corpus.Articles.Select(a => a.Id));
    }

    [Fact]
    public void A_single_file_is_one_article_named_by_its_file_name()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("sub/one.txt", Article);

        var corpus = new CorpusLoader().Load([path]);

        Assert.Equal("one.txt", Assert.Single(corpus.Articles).Id);
    }

    [Fact]
    public void A_missing_path_is_a_diagnostic_and_the_other_paths_still_load()
    {
        using var dir = new TempDirectory();
        var good = dir.Write("good.txt", Article);
        var missing = Path.Combine(dir.Path, "missing.txt");

        var corpus = new CorpusLoader().Load([missing, good]);

        Assert.Equal("good.txt", Assert.Single(corpus.Articles).Id);
        var diagnostic = Assert.Single(corpus.Diagnostics, d => d.Id == LoadingDiagnostics.PathNotFound.Id);
        Assert.Equal(missing, diagnostic.Location.Path);
        Assert.True(diagnostic.IsError);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_not_read_and_the_others_load()
    {
        using var dir = new TempDirectory();
        dir.Write("big.txt", new string('x', 5000));
        dir.Write("small.txt", Article);

        var corpus = new CorpusLoader(new LoadOptions { MaxFileBytes = 1000 }).Load([dir.Path]);

        Assert.Equal("small.txt", Assert.Single(corpus.Articles).Id);
        var diagnostic = Assert.Single(corpus.Diagnostics, d => d.Id == LoadingDiagnostics.FileTooLarge.Id);
        Assert.EndsWith("big.txt", diagnostic.Location.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void A_binary_file_gives_an_error_and_no_article()
    {
        using var dir = new TempDirectory();
        dir.Write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x01]);
        dir.Write("good.txt", Article);

        var corpus = new CorpusLoader().Load([dir.Path]);

        Assert.Equal("good.txt", Assert.Single(corpus.Articles).Id);
        Assert.Contains(corpus.Diagnostics, d => d.IsError && d.Location.Path == "image.txt");
    }

    [Fact]
    public void A_file_that_vanishes_before_it_is_read_is_a_diagnostic()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "gone.txt");
        var input = ArticleInput.FromFile("gone.txt", path);

        var corpus = new CorpusLoader().Load([input, ArticleInput.FromText("kept.txt", Article)]);

        Assert.Equal("kept.txt", Assert.Single(corpus.Articles).Id);
        Assert.Contains(corpus.Diagnostics, d => d.Id == LoadingDiagnostics.FileUnreadable.Id && d.Location.Path == path);
    }

    [Fact]
    public void Json_lines_records_become_articles_and_a_bad_line_is_skipped_with_its_line_number()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("feed.jsonl", string.Join('\n',
            """{"id":"r1","title":"T1","outlet":"Reuters","published":"2022-09-15T10:00:00Z","url":"https://example.org/1","text":"He said it was fine."}""",
            "{not json",
            """{"id":"r3","text":"They said so."}""",
            """{"id":"r4","title":"no text"}""",
            ""));

        var corpus = new CorpusLoader().Load([path]);

        Assert.Equal(["r1", "r3"], corpus.Articles.Select(a => a.Id));
        var first = corpus.Articles.First();
        Assert.Equal("T1", first.Metadata.Title);
        Assert.Equal("Reuters", first.Metadata.Outlet);
        Assert.Equal(new DateTimeOffset(2022, 9, 15, 10, 0, 0, TimeSpan.Zero), first.Metadata.Published);
        Assert.Equal("https://example.org/1", first.Metadata.Url);
        var bad = corpus.Diagnostics.Where(d => d.Id == LoadingDiagnostics.BadRecord.Id).ToList();
        Assert.Equal(2, bad.Count);
        Assert.Contains("line 2 ", bad[0].Message, StringComparison.Ordinal);
        Assert.Contains("line 4 ", bad[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_lines_records_without_an_id_are_named_by_file_and_line()
    {
        var inputs = JsonLinesReader.Read(new StringReader("\n{\"text\":\"x\"}\n"), "feed.jsonl").ToList();

        Assert.Equal("feed.jsonl#2", Assert.Single(inputs).Id);
    }

    [Fact]
    public void A_duplicate_id_is_skipped_with_a_warning()
    {
        var corpus = new CorpusLoader().Load([ArticleInput.FromText("same", Article), ArticleInput.FromText("same", "Other text.\n")]);

        Assert.Equal(Article, Assert.Single(corpus.Articles).Text.ToString());
        Assert.Contains(corpus.Diagnostics, d => d.Id == LoadingDiagnostics.DuplicateId.Id && d.Severity == DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Loading_into_a_corpus_adds_and_skips_ids_it_already_has()
    {
        var loader = new CorpusLoader();
        var first = loader.Load([ArticleInput.FromText("a", Article)]);

        var second = loader.AddTo(first, [ArticleInput.FromText("a", Article), ArticleInput.FromText("b", Article)]);

        Assert.Equal(["a", "b"], second.Articles.Select(a => a.Id));
        Assert.Same(first.Articles.Single(), second.Articles.First());
    }

    [Fact]
    public void The_article_limit_stops_loading_with_a_warning()
    {
        var inputs = Enumerable.Range(0, 10).Select(i => ArticleInput.FromText($"a{i}", Article));

        var corpus = new CorpusLoader(new LoadOptions { MaxArticles = 3 }).Load(inputs);

        Assert.Equal(3, corpus.ArticleCount);
        Assert.Contains(corpus.Diagnostics, d => d.Id == LoadingDiagnostics.TooManyArticles.Id);
    }

    [Fact]
    public void An_empty_file_is_an_article_with_a_warning()
    {
        var corpus = new CorpusLoader().Load([ArticleInput.FromBytes("empty.txt", Array.Empty<byte>())]);

        var article = Assert.Single(corpus.Articles);
        Assert.Contains(article.Diagnostics, d => d.Id == LoadingDiagnostics.EmptyArticle.Id);
    }

    [Fact]
    public void Articles_are_the_same_whatever_the_parallelism()
    {
        var inputs = Enumerable.Range(0, 40).Select(i => ArticleInput.FromText($"a{i:D2}", $"Headline {i}\n\nThe minister said {i} things.\n")).ToList();

        var serial = new CorpusLoader(new LoadOptions { MaxDegreeOfParallelism = 1 }).Load(inputs);
        var parallel = new CorpusLoader(new LoadOptions { MaxDegreeOfParallelism = 4 }).Load(inputs);

        Assert.Equal(serial.Articles.Select(a => (a.Id, a.Blocks.Length, a.Sentences.Length)), parallel.Articles.Select(a => (a.Id, a.Blocks.Length, a.Sentences.Length)));
    }

    [Fact]
    public void Progress_counts_every_article_and_character()
    {
        var inputs = Enumerable.Range(0, 5).Select(i => ArticleInput.FromText($"a{i}", Article)).ToList();
        var reports = new List<LoadProgress>();
        var progress = new SynchronousProgress(reports);

        new CorpusLoader().Load(inputs, progress);

        Assert.Equal(5, reports.Max(r => r.ArticlesDone));
        Assert.Equal(5L * Article.Length, reports.Max(r => r.CharactersDone));
    }

    [Fact]
    public void A_cancelled_load_throws_operation_canceled()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var inputs = Enumerable.Range(0, 100).Select(i => ArticleInput.FromText($"a{i}", Article));

        Assert.ThrowsAny<OperationCanceledException>(() => new CorpusLoader().Load(inputs, cancellationToken: cancellation.Token));
    }

    [Fact]
    public void Utf16_files_with_a_byte_order_mark_are_decoded()
    {
        using var dir = new TempDirectory();
        dir.Write("utf16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Article)]);

        var corpus = new CorpusLoader().Load([dir.Path]);

        Assert.Equal(Article, Assert.Single(corpus.Articles).Text.ToString());
    }

    [Fact]
    public void An_article_the_pipeline_fails_on_is_reported_and_the_others_still_load()
    {
        var corpus = new CorpusLoader().Load([new UnknownInput("odd"), ArticleInput.FromText("kept.txt", Article)]);

        Assert.Equal("kept.txt", Assert.Single(corpus.Articles).Id);
        var diagnostic = Assert.Single(corpus.Diagnostics, d => d.Id == LoadingDiagnostics.ExtractionFailed.Id);
        Assert.Equal("odd", diagnostic.Location.Path);
        Assert.Contains("ArgumentException", diagnostic.Message, StringComparison.Ordinal);
    }

    /// <summary>A kind of input the pipeline does not know, standing in for any input a stage fails on.</summary>
    private sealed record UnknownInput(string Id) : ArticleInput(Id, Dicta.Model.ArticleMetadata.Empty);

    private sealed class SynchronousProgress(List<LoadProgress> reports) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }
}
