using System.Text.Json;

namespace Dicta.Cli.Tests.Repl;

public class PipedInputTests
{
    private static CommandLineRun Piped(string input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = DictaCommandLine.Run(args, new DictaTerminal(new StringReader(input), output, error, InputIsTerminal: false, OutputIsTerminal: false));
        return new CommandLineRun(exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public void Piped_queries_run_in_turn_in_the_chosen_format()
    {
        var run = Piped("statements where speaker = 'Putin' count\nstatements where speaker = 'Xi' count\n", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.All(lines, line => Assert.True(JsonDocument.Parse(line).RootElement[0].GetProperty("count").GetInt32() > 0));
        Assert.NotEqual(lines[0], lines[1]);
    }

    [Fact]
    public void Piped_queries_print_tables_by_default_without_colour_codes()
    {
        var run = Piped("statements where speaker = 'Putin' and topic = 'taiwan'\ntopics count\n");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("speaker", run.Output, StringComparison.Ordinal);
        Assert.Contains("count", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_piped_query_goes_to_standard_error_and_exits_1_after_running_the_rest()
    {
        var run = Piped("statements where speker = 'Putin'\ntopics count\n");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("did you mean 'speaker'?", run.Error, StringComparison.Ordinal);
        Assert.StartsWith("count", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_piped_query_may_span_lines()
    {
        var run = Piped("statements where (speaker = 'Putin' or\n  speaker = 'Xi') count\n", "--format", "csv");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("count", run.Output.Split('\n')[0].TrimEnd('\r'));
        Assert.Equal(string.Empty, run.Error);
    }
}
