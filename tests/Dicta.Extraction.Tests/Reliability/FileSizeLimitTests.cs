using System.Text;
using System.Text.Json;
using Dicta.Extraction.Loading;
using Dicta.Extraction.Tests.Loading;

namespace Dicta.Extraction.Tests.Reliability;

/// <summary>
/// Issue 8, bad articles: a 100 MB file, a file that grows past the limit after it was found, and a JSON Lines file
/// with one huge record. Each is an error against it, is not read into memory, and the other articles load.
/// </summary>
public class FileSizeLimitTests
{
    private const long HundredMegabytes = 100L * 1000 * 1000;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_100_MB_file_is_over_the_default_limit_and_is_an_error_against_its_path(bool givenAlone)
    {
        using var directory = new TempDirectory();
        var good = MixedLoad.WriteGoodArticles(directory.Path);
        var huge = Sparse(directory, "huge.txt", HundredMegabytes);

        var corpus = new CorpusLoader().Load(givenAlone ? [good[0], huge, good[1]] : [directory.Path]);

        var error = Assert.Single(corpus.Diagnostics, d => d.IsError);
        Assert.Equal(LoadingDiagnostics.FileTooLarge.Id, error.Id);
        Assert.Equal(huge, error.Location.Path);
        Assert.Contains("100,000,000 bytes", error.Message, StringComparison.Ordinal);
        MixedLoad.AssertGoodArticlesUnaffected(corpus);
    }

    [Fact]
    public void A_file_that_grows_past_the_limit_after_it_was_found_is_not_read()
    {
        using var directory = new TempDirectory();
        MixedLoad.WriteGoodArticles(directory.Path);
        var growing = directory.Write("growing.txt", Articles.First);
        var inputs = ArticleSources.FromPath(directory.Path).ToList();
        using (var stream = new FileStream(growing, FileMode.Open))
        {
            stream.SetLength(HundredMegabytes);
        }

        var corpus = new CorpusLoader().Load(inputs);

        var error = Assert.Single(corpus.Diagnostics, d => d.IsError);
        Assert.Equal(LoadingDiagnostics.FileTooLarge.Id, error.Id);
        Assert.Equal(growing, error.Location.Path);
        MixedLoad.AssertGoodArticlesUnaffected(corpus);
    }

    [Fact]
    public void A_json_lines_record_longer_than_the_default_limit_is_skipped_and_the_records_around_it_load()
    {
        using var directory = new TempDirectory();
        var feed = Path.Combine(directory.Path, "feed.jsonl");
        var hugeLength = LoadOptions.Default.MaxFileBytes + 1000;
        using (var writer = new StreamWriter(feed, append: false, new UTF8Encoding(false)))
        {
            writer.WriteLine(Record(Articles.Good[0].Name, Articles.Good[0].Text));
            writer.Write("{\"id\":\"huge\",\"text\":\"");
            writer.Write(new string('a', (int)hugeLength));
            writer.WriteLine("\"}");
            writer.WriteLine(Record(Articles.Good[1].Name, Articles.Good[1].Text));
        }

        var corpus = new CorpusLoader().Load([feed]);

        var error = Assert.Single(corpus.Diagnostics, d => d.IsError);
        Assert.Equal(LoadingDiagnostics.BadRecord.Id, error.Id);
        Assert.Equal("feed.jsonl", error.Location.Path);
        Assert.StartsWith("line 2 of 'feed.jsonl' was skipped: it is ", error.Message, StringComparison.Ordinal);
        Assert.Equal(["first.txt", "second.txt"], corpus.Articles.Select(a => a.Id));
        MixedLoad.AssertGoodArticlesUnaffected(corpus);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void The_line_limit_counts_characters_of_one_line_whatever_ends_it(string ending)
    {
        var text = "{\"text\":\"short\"}" + ending + "{\"text\":\"" + new string('x', 100) + "\"}" + ending + "{\"text\":\"last\"}";

        var inputs = JsonLinesReader.Read(new StringReader(text), "feed.jsonl", maxLineLength: 50).ToList();

        Assert.Equal(["short", null, "last"], inputs.Select(i => (i as TextArticleInput)?.Text));
        var skipped = Assert.IsType<UnreadableArticleInput>(inputs[1]);
        Assert.Equal("feed.jsonl#2", skipped.Id);
        Assert.Contains("it is 111 characters long, more than the limit of 50", skipped.Diagnostic.Message, StringComparison.Ordinal);
    }

    /// <summary>Found while auditing: 64 times a limit near <see cref="long.MaxValue"/> overflowed, and every JSON Lines file was "too large".</summary>
    [Fact]
    public void An_unlimited_file_size_still_reads_json_lines_files()
    {
        using var directory = new TempDirectory();
        var feed = directory.Write("feed.jsonl", Record("r1", Articles.First) + "\n");

        var corpus = new CorpusLoader(new LoadOptions { MaxFileBytes = long.MaxValue }).Load([feed]);

        Assert.Equal("r1", Assert.Single(corpus.Articles).Id);
        Assert.DoesNotContain(corpus.Diagnostics, d => d.IsError);
    }

    /// <summary>A file of <paramref name="length"/> bytes that takes no disk space (and no time) to write.</summary>
    private static string Sparse(TempDirectory directory, string name, long length)
    {
        var path = Path.Combine(directory.Path, name);
        using var stream = new FileStream(path, FileMode.CreateNew);
        stream.SetLength(length);
        return path;
    }

    private static string Record(string id, string text) => JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = id, ["text"] = text });
}
