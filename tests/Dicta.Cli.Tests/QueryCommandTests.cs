using System.Text.Json;

namespace Dicta.Cli.Tests;

public class QueryCommandTests
{
    private const string PutinOnTaiwan = "statements where speaker = 'Putin' and topic = 'taiwan'";

    [Fact]
    public void A_query_on_the_seeds_prints_a_table_with_citations_and_exits_0()
    {
        var run = CommandLineRun.Of("query", PutinOnTaiwan);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("speaker", lines[0], StringComparison.Ordinal);
        Assert.Contains("citation", lines[0], StringComparison.Ordinal);
        Assert.All(lines[2..^1], line => Assert.StartsWith("Vladimir Putin", line, StringComparison.Ordinal));
        Assert.Matches(@"^\(\d+ rows?\)", lines[^1]);
    }

    [Fact]
    public void Jsonl_statements_have_the_fields_of_export()
    {
        var query = CommandLineRun.Of("query", PutinOnTaiwan, "--format", "jsonl");
        var export = CommandLineRun.Of("export");

        var exported = export.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var lines = query.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.Contains(line, exported));
        Assert.All(lines, line => Assert.Equal("Vladimir Putin", JsonDocument.Parse(line).RootElement.GetProperty("speaker").GetString()));
    }

    [Fact]
    public void Parameters_come_from_the_command_line_and_count_returns_one_number()
    {
        var byParameter = CommandLineRun.Of("query", "statements where speaker = $who count", "--param", "who=Putin", "--format", "json");
        var literal = CommandLineRun.Of("query", "statements where speaker = 'Putin' count", "--format", "json");

        Assert.Equal(0, byParameter.ExitCode);
        var count = JsonDocument.Parse(byParameter.Output).RootElement[0].GetProperty("count").GetInt32();
        Assert.True(count > 0);
        Assert.Equal(literal.Output, byParameter.Output);
    }

    [Fact]
    public void Csv_has_a_header_and_quotes_fields_with_commas()
    {
        var run = CommandLineRun.Of("query", "statements where speaker = 'Putin' select speaker, text limit 3", "--format", "csv");

        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("speaker,text", lines[0].TrimEnd('\r'));
        Assert.Equal(4, lines.Length);
        Assert.All(lines[1..], line => Assert.StartsWith("Vladimir Putin,", line, StringComparison.Ordinal));
    }

    [Fact]
    public void A_bad_query_prints_the_diagnostic_with_a_caret_and_a_suggestion_and_exits_1()
    {
        var run = CommandLineRun.Of("query", "statements where speker = 'Putin'");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        var lines = run.Error.Split('\n');
        Assert.StartsWith("query(1,18): error DQ", lines[0], StringComparison.Ordinal);
        Assert.Contains("did you mean 'speaker'?", lines[0], StringComparison.Ordinal);
        Assert.Equal("    statements where speker = 'Putin'", lines[1].TrimEnd('\r'));
        Assert.Equal("                     ^^^^^^", lines[2].TrimEnd('\r'));
    }

    [Theory]
    [InlineData("--param", "no-equals-sign")]
    [InlineData("--format", "xml")]
    [InlineData("--timeout", "-1")]
    public void Bad_usage_exits_2(string option, string value)
    {
        var run = CommandLineRun.Of("query", "statements count", option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("dicta:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Group_by_writes_each_key_with_its_count()
    {
        var run = CommandLineRun.Of("query", "statements where speaker = 'Putin' group by kind", "--format", "json");

        var groups = JsonDocument.Parse(run.Output).RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(groups);
        Assert.All(groups, g => Assert.Matches("^(direct|partial|indirect)$", g.GetProperty("kind").GetString()));
        var counts = groups.Select(g => g.GetProperty("count").GetInt32()).ToList();
        Assert.Equal(counts.OrderDescending(), counts);
    }

    [Fact]
    public void An_empty_answer_still_has_its_header_and_a_warning_names_the_nearest_speaker()
    {
        var run = CommandLineRun.Of("query", "statements where speaker = 'Putn'");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("speaker", run.Output, StringComparison.Ordinal);
        Assert.Contains("(0 rows)", run.Output, StringComparison.Ordinal);
        Assert.Contains("warning DQ", run.Error, StringComparison.Ordinal);
        Assert.Contains("did you mean 'Putin'?", run.Error, StringComparison.Ordinal);
    }
}
