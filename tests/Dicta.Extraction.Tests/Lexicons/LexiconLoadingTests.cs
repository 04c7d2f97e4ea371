using System.Text;
using Dicta.Extraction.Lexicons;
using Dicta.Model.Diagnostics;

namespace Dicta.Extraction.Tests.Lexicons;

public class LexiconLoadingTests
{
    private static (int Line, int Column) Where(Diagnostic diagnostic)
    {
        var start = diagnostic.Location.GetLineSpan().Start;
        return (start.Line + 1, start.Character + 1);
    }

    [Fact]
    public void Malformed_json_gives_an_error_at_the_line_and_column_of_the_fault()
    {
        const string json = "{\n  \"topics\": [\n    { \"slug\": \"x\", \"terms\": [\"a\" \"b\"] }\n  ]\n}";

        var result = TopicLexicon.Parse(json, "mine.json");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("DX0902", diagnostic.Id);
        Assert.True(diagnostic.IsError);
        Assert.Equal("mine.json", diagnostic.Location.Path);
        Assert.Equal((3, 34), Where(diagnostic));
        Assert.StartsWith("mine.json(3,34): error DX0902: the lexicon is not valid JSON", diagnostic.ToString(), StringComparison.Ordinal);
        Assert.Empty(result.Lexicon.Topics);
    }

    [Fact]
    public void Columns_count_characters_not_utf8_bytes()
    {
        const string json = "{ \"topics\": [ { \"slug\": \"x\", \"label\": \"Ünïcödé\", \"terms\": [\"a\"], } ] ] }";

        var result = TopicLexicon.Parse(json);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("DX0902", diagnostic.Id);
        Assert.Equal(json.IndexOf("] }", StringComparison.Ordinal) + 1, Where(diagnostic).Column);
    }

    [Fact]
    public void Comments_trailing_commas_and_a_byte_order_mark_are_accepted()
    {
        const string json = "// my topics\n{ \"topics\": [ /* one */ { \"slug\": \"x\", \"terms\": [\"alpha\",], }, ], }";
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(json)).ToArray();

        var result = TopicLexicon.Load(new MemoryStream(bytes), "bom.json");

        Assert.Empty(result.Diagnostics);
        Assert.Equal("x", Assert.Single(result.Lexicon.Topics).Slug);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_file_is_reported(string json)
    {
        var result = TopicLexicon.Parse(json);

        Assert.Equal("DX0902", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void A_root_that_is_not_an_object_is_reported()
    {
        var result = TopicLexicon.Parse("[1, 2]");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("DX0903", diagnostic.Id);
        Assert.Contains("should be an object, not an array", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_shaped_entries_are_reported_where_they_are_and_the_rest_is_kept()
    {
        const string json = """
            {
              "topics": [
                { "slug": "good", "label": "Good", "terms": ["alpha"] },
                { "label": "No slug", "terms": ["beta"] },
                { "slug": "numbers", "terms": 3 },
                "not an object",
                { "slug": "Bad Slug", "terms": ["gamma"] },
                { "slug": "mixed", "terms": ["delta", 4, "", "ab*"], "colour": "red" },
                { "slug": "good", "terms": ["epsilon"] }
              ]
            }
            """;

        var result = TopicLexicon.Parse(json, "topics.json");
        var byId = result.Diagnostics.Select(d => (d.Id, Where(d).Line)).ToList();

        Assert.Contains(("DX0904", 4), byId);
        Assert.Contains(("DX0903", 5), byId);
        Assert.Contains(("DX0903", 6), byId);
        Assert.Contains(("DX0906", 7), byId);
        Assert.Contains(("DX0903", 8), byId);
        Assert.Contains(("DX0906", 8), byId);
        Assert.Contains(("DX0905", 8), byId);
        Assert.Contains(("DX0907", 9), byId);
        Assert.True(result.HasErrors);
        Assert.Equal(["good", "numbers", "mixed"], result.Lexicon.Topics.Select(t => t.Slug));
        Assert.Equal(["epsilon"], result.Lexicon.Definitions[0].Terms.ToArray());
        Assert.Equal(["delta"], result.Lexicon.Definitions[2].Terms.ToArray());
        Assert.Empty(result.Lexicon.Definitions[1].Terms);
    }

    [Fact]
    public void An_entry_without_terms_is_reported()
    {
        var result = TopicLexicon.Parse("""{ "topics": [ { "slug": "x" } ] }""");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("DX0904", diagnostic.Id);
        Assert.Contains("'terms'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_root_property_is_a_warning()
    {
        var result = TopicLexicon.Parse("""{ "topic": [], "$comment": "ignored" }""");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("DX0905", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.False(result.HasErrors);
    }

    [Fact]
    public void A_missing_file_gives_a_diagnostic_and_an_empty_lexicon()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dicta-missing-{Guid.NewGuid():N}.json");

        var result = TopicLexicon.Load(path);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("DX0901", diagnostic.Id);
        Assert.Contains(path, diagnostic.Message, StringComparison.Ordinal);
        Assert.Same(TopicLexicon.Empty, result.Lexicon);
    }

    [Fact]
    public void A_file_on_disk_is_read_with_its_path_in_diagnostics()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dicta-topics-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "topics": [ { "slug": "x", "terms": [1] } ] }""");
        try
        {
            var result = TopicLexicon.Load(path);

            Assert.Equal(path, Assert.Single(result.Diagnostics).Location.Path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void An_unreadable_stream_gives_a_diagnostic()
    {
        var stream = new MemoryStream([1, 2, 3]);
        stream.Dispose();

        var result = CueLexicon.Load(stream, "closed.json");

        Assert.Equal("DX0901", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void Deeply_nested_json_is_a_diagnostic_not_a_crash()
    {
        var json = "{ \"topics\": " + new string('[', 5000) + new string(']', 5000) + " }";

        var result = TopicLexicon.Parse(json);

        Assert.Equal("DX0902", Assert.Single(result.Diagnostics).Id);
    }
}
