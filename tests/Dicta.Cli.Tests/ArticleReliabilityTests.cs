using System.Diagnostics;
using System.Text;
using Dicta.Extraction.Loading;
using Dicta.Hosting;

namespace Dicta.Cli.Tests;

/// <summary>
/// Issue 8, bad articles, from the command line: a corpus directory with every kind of bad file beside good articles.
/// <c>dicta check</c> names each bad file with its diagnostic and exits 1; <c>dicta query</c> still answers from the
/// good articles.
/// </summary>
public sealed class ArticleReliabilityTests : IDisposable
{
    private const string Good =
        "Talks in Moscow\n\nMOSCOW, Sept 15 (Reuters) - President Vladimir Putin told Xi Jinping on Thursday that \u201Cthe world is changing fast.\u201D\n";

    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("dicta-cli-bad-");

    public ArticleReliabilityTests()
    {
        Write("good.txt", Encoding.UTF8.GetBytes(Good));
        Write("crlf.txt", Encoding.UTF8.GetBytes(Good.Replace("\n", "\r\n", StringComparison.Ordinal)));
        Write("utf16.txt", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Good)]);
        Write("binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00]);
        Write("invalid.txt", [.. "Headline\n\nBad "u8.ToArray(), 0xC0, .. " byte here.\n"u8.ToArray()]);
        Write("empty.txt", []);
        Write("quotes.txt", Encoding.UTF8.GetBytes("Headline\n\nHe said \u201Cthere will be no talks.\n"));
        using (var huge = new FileStream(HugePath, FileMode.CreateNew))
        {
            huge.SetLength(100L * 1000 * 1000);
        }

        File.CreateSymbolicLink(Path.Combine(_directory.FullName, "dangling.txt"), Path.Combine(_directory.FullName, "nowhere"));
        if (!OperatingSystem.IsWindows())
        {
            using var mkfifo = Process.Start("mkfifo", [Path.Combine(_directory.FullName, "pipe.txt")]);
            mkfifo.WaitForExit();
        }

        File.WriteAllText(FeedPath, "{\"id\":\"r1\",\"text\":\"He said it was fine.\"}\n{not json\n{\"id\":\"r3\",\"text\":\"Lone \\ud800 surrogate.\"}\n");
    }

    private string HugePath => Path.Combine(_directory.FullName, "huge.txt");

    private string FeedPath => Path.Combine(Path.GetTempPath(), _directory.Name + ".jsonl");

    [Fact]
    public void Check_names_each_bad_file_with_its_diagnostic_loads_the_rest_and_exits_1()
    {
        var run = CommandLineRun.Of("check", "--corpus", _directory.FullName, FeedPath);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("binary.txt(1,1): error DX0101: 'binary.txt' looks like a binary file", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{HugePath}(1,1): error DX0003: '{HugePath}' is 100,000,000 bytes", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{Path.Combine(_directory.FullName, "dangling.txt")}(1,1): error DX0002:", run.Error, StringComparison.Ordinal);
        Assert.Contains("invalid.txt(3,5): warning DX0102: invalid UTF-8 byte 0xC0", run.Error, StringComparison.Ordinal);
        Assert.Contains("empty.txt(1,1): warning DX0007:", run.Error, StringComparison.Ordinal);
        Assert.Contains("quotes.txt(3,9): warning", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{Path.GetFileName(FeedPath)}(1,1): error DX0004: line 2 of", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{Path.GetFileName(FeedPath)}(1,1): error DX0004: line 3 of", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("DX0008", run.Error, StringComparison.Ordinal);
        var articles = OperatingSystem.IsWindows() ? 7 : 8;
        Assert.StartsWith($"{articles} articles,", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_query_answers_from_the_good_articles_the_same_as_from_them_alone_and_exits_1_for_the_bad_ones()
    {
        const string Query = "statements where speaker = 'Putin' select quote, article.id";
        var clean = Directory.CreateTempSubdirectory("dicta-cli-good-");
        try
        {
            foreach (var name in new[] { "good.txt", "crlf.txt", "utf16.txt" })
            {
                File.Copy(Path.Combine(_directory.FullName, name), Path.Combine(clean.FullName, name));
            }

            var mixed = CommandLineRun.Of("query", Query, "--corpus", _directory.FullName, "--format", "csv");
            var alone = CommandLineRun.Of("query", Query, "--corpus", clean.FullName, "--format", "csv");

            Assert.Equal(0, alone.ExitCode);
            Assert.Equal(1, mixed.ExitCode);
            Assert.Equal(alone.Output, mixed.Output);
            Assert.Equal(4, alone.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
            Assert.Contains("binary.txt(1,1): error DX0101", mixed.Error, StringComparison.Ordinal);
        }
        finally
        {
            clean.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_file_size_and_article_limits_reach_the_loader_from_dicta_options()
    {
        var directory = Directory.CreateTempSubdirectory("dicta-hosting-limits-");
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, "a.txt"), "Short.\n");
            File.WriteAllText(Path.Combine(directory.FullName, "b.txt"), Good);
            File.WriteAllText(Path.Combine(directory.FullName, "c.txt"), "Also short.\n");

            var sized = CorpusFactory.Load(new DictaOptions().AddPath(directory.FullName).UseLoading(new LoadOptions { MaxFileBytes = 100 }));
            var counted = CorpusFactory.Load(new DictaOptions().AddPath(directory.FullName).UseLoading(new LoadOptions { MaxArticles = 1 }));

            Assert.Equal(["a.txt", "c.txt"], sized.Articles.Select(a => a.Id));
            Assert.Contains(sized.Diagnostics, d => d.Id == LoadingDiagnostics.FileTooLarge.Id && d.Location.Path == Path.Combine(directory.FullName, "b.txt"));
            Assert.Equal(["a.txt"], counted.Articles.Select(a => a.Id));
            Assert.Contains(counted.Diagnostics, d => d.Id == LoadingDiagnostics.TooManyArticles.Id);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    public void Dispose()
    {
        _directory.Delete(recursive: true);
        File.Delete(FeedPath);
    }

    private void Write(string name, byte[] bytes) => File.WriteAllBytes(Path.Combine(_directory.FullName, name), bytes);
}
