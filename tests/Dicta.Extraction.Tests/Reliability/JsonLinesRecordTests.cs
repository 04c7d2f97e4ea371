using Dicta.Extraction.Loading;
using Dicta.Extraction.Tests.Loading;

namespace Dicta.Extraction.Tests.Reliability;

/// <summary>Issue 8, bad articles: JSON Lines records whose text JSON allows but Unicode does not, and files that are not JSON Lines at all.</summary>
public class JsonLinesRecordTests
{
    /// <summary>Found by this test: System.Text.Json throws InvalidOperationException (not JsonException) for these, and it escaped the loader and stopped the whole load.</summary>
    [Theory]
    [InlineData("""{"id":"bad.txt","text":"Lone \ud800 surrogate, he said."}""")]
    [InlineData("""{"id":"bad.txt","text":"Reversed \udc00\ud800 pair, he said."}""")]
    [InlineData("""{"id":"bad.txt","text":"Cut pair at the end \ud83d"}""")]
    public void A_record_with_an_unpaired_surrogate_escape_is_skipped_with_an_error_against_its_line(string record)
    {
        using var directory = new TempDirectory();
        var feed = directory.Write("feed.jsonl", string.Join('\n', Line(Articles.Good[0]), record, Line(Articles.Good[1])) + "\n");

        var corpus = new CorpusLoader().Load([feed]);

        Assert.Equal(["first.txt", "second.txt"], corpus.Articles.Select(a => a.Id));
        var error = Assert.Single(corpus.Diagnostics, d => d.IsError);
        Assert.Equal(LoadingDiagnostics.BadRecord.Id, error.Id);
        Assert.StartsWith("line 2 of 'feed.jsonl' was skipped: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("surrogate", error.Message, StringComparison.OrdinalIgnoreCase);
        MixedLoad.AssertGoodArticlesUnaffected(corpus);
    }

    [Fact]
    public void A_binary_file_named_like_json_lines_gives_errors_against_its_lines_and_no_article()
    {
        using var directory = new TempDirectory();
        var good = MixedLoad.WriteGoodArticles(directory.Path);
        var feed = directory.Write("image.jsonl", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]);

        var corpus = new CorpusLoader().Load([good[0], feed, good[1]]);

        Assert.Equal(2, corpus.ArticleCount);
        Assert.All(corpus.Diagnostics.Where(d => d.IsError), d => Assert.Equal(LoadingDiagnostics.BadRecord.Id, d.Id));
        Assert.Contains(corpus.Diagnostics, d => d.Id == LoadingDiagnostics.BadRecord.Id && d.Message.Contains("'image.jsonl'", StringComparison.Ordinal));
        MixedLoad.AssertGoodArticlesUnaffected(corpus);
    }

    private static string Line((string Name, string Text) article) =>
        System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = article.Name, ["text"] = article.Text });
}
