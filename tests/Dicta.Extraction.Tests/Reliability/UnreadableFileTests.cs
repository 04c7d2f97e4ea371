using System.Diagnostics;
using Dicta.Extraction.Loading;
using Dicta.Extraction.Tests.Loading;

namespace Dicta.Extraction.Tests.Reliability;

/// <summary>
/// Issue 8, bad articles: a file that disappears between being found and being read, and files that cannot be read.
/// Tests may run as root, where a file without read permission is read all the same, so unreadable files are made
/// in ways that hold for root too: a symbolic link to nothing, a named pipe, a directory named like an article.
/// </summary>
public class UnreadableFileTests
{
    [Fact]
    public void A_file_deleted_after_the_directory_was_listed_is_an_error_against_its_path_and_the_others_load()
    {
        using var directory = new TempDirectory();
        MixedLoad.WriteGoodArticles(directory.Path);
        var gone = directory.Write("gone.txt", Articles.First);
        var inputs = ArticleSources.FromPath(directory.Path).ToList();
        File.Delete(gone);

        var corpus = new CorpusLoader().Load(inputs);

        var error = Assert.Single(corpus.Diagnostics, d => d.IsError);
        Assert.Equal(LoadingDiagnostics.FileUnreadable.Id, error.Id);
        Assert.Equal(gone, error.Location.Path);
        Assert.DoesNotContain(corpus.Articles, a => a.Id == "gone.txt");
        MixedLoad.AssertGoodArticlesUnaffected(corpus);
    }

    [Fact]
    public void A_file_that_shrank_after_the_directory_was_listed_is_read_as_it_is_now()
    {
        using var directory = new TempDirectory();
        MixedLoad.WriteGoodArticles(directory.Path);
        var shrunk = directory.Write("shrunk.txt", Articles.Second + Articles.First);
        var inputs = ArticleSources.FromPath(directory.Path).ToList();
        File.WriteAllText(shrunk, "Short.\n");

        var corpus = new CorpusLoader().Load(inputs);

        Assert.Equal("Short.\n", corpus.Articles.Single(a => a.Id == "shrunk.txt").Text.ToString());
        MixedLoad.AssertGoodArticlesUnaffected(corpus);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_symbolic_link_to_nothing_is_an_error_against_its_path_and_the_others_load(bool givenAlone)
    {
        using var directory = new TempDirectory();
        var good = MixedLoad.WriteGoodArticles(directory.Path);
        var link = Path.Combine(directory.Path, "dangling.txt");
        File.CreateSymbolicLink(link, Path.Combine(directory.Path, "no-such-target"));

        var corpus = new CorpusLoader().Load(givenAlone ? [good[0], link, good[1]] : [directory.Path]);

        var error = Assert.Single(corpus.Diagnostics, d => d.IsError);
        Assert.Equal(LoadingDiagnostics.FileUnreadable.Id, error.Id);
        Assert.Equal(link, error.Location.Path);
        MixedLoad.AssertGoodArticlesUnaffected(corpus);
    }

    /// <summary>
    /// Found by this test: a named pipe called <c>x.txt</c> in a corpus directory is listed as a file of no bytes, and
    /// opening it waited for a writer that never came, so the whole load hung. A file of no bytes is no longer opened.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_named_pipe_named_like_an_article_does_not_block_the_load(bool givenAlone)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var directory = new TempDirectory();
        var good = MixedLoad.WriteGoodArticles(directory.Path);
        var pipe = Path.Combine(directory.Path, "pipe.txt");
        using (var mkfifo = Process.Start("mkfifo", [pipe]))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var corpus = new CorpusLoader().Load(givenAlone ? [good[0], pipe, good[1]] : [directory.Path]);

        var article = Assert.Single(corpus.Articles, a => a.Id == "pipe.txt");
        Assert.Equal(0, article.Text.Length);
        Assert.Contains(article.Diagnostics, d => d.Id == LoadingDiagnostics.EmptyArticle.Id && d.Location.Path == "pipe.txt");
        MixedLoad.AssertGoodArticlesUnaffected(corpus);
    }

    [Fact]
    public void A_named_pipe_named_like_a_json_lines_file_does_not_block_the_load()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var directory = new TempDirectory();
        var good = MixedLoad.WriteGoodArticles(directory.Path);
        var pipe = Path.Combine(directory.Path, "feed.jsonl");
        using (var mkfifo = Process.Start("mkfifo", [pipe]))
        {
            mkfifo.WaitForExit();
        }

        var corpus = new CorpusLoader().Load([good[0], pipe, good[1]]);

        Assert.Equal(2, corpus.ArticleCount);
        MixedLoad.AssertGoodArticlesUnaffected(corpus);
    }

    [Fact]
    public void A_directory_named_like_an_article_is_searched_as_a_directory_not_read_as_a_file()
    {
        using var directory = new TempDirectory();
        MixedLoad.WriteGoodArticles(Directory.CreateDirectory(Path.Combine(directory.Path, "folder.txt")).FullName);

        var corpus = new CorpusLoader().Load([directory.Path]);

        Assert.Equal(["folder.txt/first.txt", "folder.txt/second.txt"], corpus.Articles.Select(a => a.Id));
        Assert.DoesNotContain(corpus.Diagnostics, d => d.IsError);
    }

    [Fact]
    public void A_file_without_read_permission_is_an_error_where_permissions_are_enforced()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var directory = new TempDirectory();
        MixedLoad.WriteGoodArticles(directory.Path);
        var locked = directory.Write("locked.txt", Articles.First);
        File.SetUnixFileMode(locked, UnixFileMode.None);
        var enforced = !CanRead(locked);

        var corpus = new CorpusLoader().Load([directory.Path]);

        // As root the file is read like any other; elsewhere it is an error against its path. Either way the rest loads.
        Assert.Equal(enforced, corpus.Diagnostics.Any(d => d.Id == LoadingDiagnostics.FileUnreadable.Id && d.Location.Path == locked));
        Assert.Equal(!enforced, corpus.Articles.Any(a => a.Id == "locked.txt"));
        MixedLoad.AssertGoodArticlesUnaffected(corpus);
    }

    private static bool CanRead(string path)
    {
        try
        {
            File.ReadAllBytes(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
