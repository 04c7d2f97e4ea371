using System.Globalization;
using Dicta.Cli.Tests.Repl;

namespace Dicta.Cli.Tests;

/// <summary>
/// <c>dicta query</c> and the REPL under bad queries and long ones (issue 8): a clear diagnostic and exit code 1, no
/// exception; output a query cannot use to drive the terminal (no raw escape or bidirectional characters), of a size
/// that does not grow with a megabyte query; <c>--timeout</c> and Ctrl+C stop a long query and the session goes on.
/// </summary>
public class ReliabilityTests
{
    [Theory]
    [InlineData("statements where \u001b[2Jline = 1", "DQ0001")]
    [InlineData("statements \u202Ewhere line = 1", "DQ0001")]
    [InlineData("statements where text matches /\u001b]0;x\u0007(/", "DQ0112")]
    [InlineData("st\u0430tements count", "DQ0100")]
    [InlineData("statements where date = 2023-02-30", "DQ0008")]
    [InlineData("statements limit 99999999999", "DQ0107")]
    public void A_bad_query_exits_1_with_its_diagnostic_and_nothing_that_drives_the_terminal(string query, string id)
    {
        var run = CommandLineRun.Of("query", query);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Contains($"error {id}", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(run.Error, c => c is '\u001b' or '\u0007' or '\u202E');
    }

    [Fact]
    public void A_warning_about_a_name_of_escape_characters_shows_them_escaped()
    {
        var run = CommandLineRun.Of("query", "statements where speaker = '\u001b]0;owned\u0007' count");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("no speaker named '\\u001B]0;owned\\u0007'", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(run.Error, c => c is '\u001b' or '\u0007');
    }

    [Theory]
    [InlineData("(")]
    [InlineData("not ")]
    public void Ten_thousand_levels_of_nesting_exit_1_with_the_nesting_diagnostic(string level)
    {
        var run = CommandLineRun.Of("query", "statements where " + string.Concat(Enumerable.Repeat(level, 10_000)) + "line = 1");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error DQ0014", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("statements where ", "x", 1_000_000)]
    [InlineData("statements where ", "$", 1_000_000)]
    [InlineData("statements where line = 1 ", "= ", 200_000)]
    public void A_megabyte_query_prints_a_few_lines_of_diagnostics_around_their_spans(string start, string repeated, int times)
    {
        var run = CommandLineRun.Of("query", start + string.Concat(Enumerable.Repeat(repeated, times)) + " = 1");

        Assert.Equal(1, run.ExitCode);
        var lines = run.Error.Split('\n');
        Assert.InRange(lines.Length, 3, 3 * 100 + 2);
        Assert.All(lines, line => Assert.InRange(line.Length, 0, 600));
    }

    [Fact]
    public void A_diagnostic_far_into_a_long_line_shows_a_window_with_the_caret_under_its_span()
    {
        var query = "statements where " + string.Join(" and ", Enumerable.Repeat("line > 0", 200)) + " and speker = 1";

        var run = CommandLineRun.Of("query", query);

        var lines = run.Error.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.StartsWith("query(1,", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("    …", lines[1], StringComparison.Ordinal);
        var caret = lines[2].IndexOf('^', StringComparison.Ordinal);
        Assert.Equal("speker", lines[1].Substring(caret, 6));
        Assert.Equal("^^^^^^", lines[2].Trim());
    }

    [Fact]
    public void Timeout_stops_a_long_query_and_exits_1()
    {
        var run = CommandLineRun.Of("query", LongQuery, "--timeout", "0.3");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Contains("the query was stopped after 0.3 seconds (--timeout)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ctrl_C_during_a_long_query_cancels_it_and_the_next_query_answers()
    {
        var calls = 0;
        var run = ReplRun.Run(
            [LongQuery, "statements count"],
            newCancellation: () => calls++ == 0 ? new CancellationTokenSource(TimeSpan.FromMilliseconds(300)) : new CancellationTokenSource());

        Assert.Contains("The query was cancelled.", run.Output, StringComparison.Ordinal);
        Assert.Contains(ReplRun.Seeds.Statements.Length.ToString(CultureInfo.InvariantCulture), run.Output, StringComparison.Ordinal);
        Assert.Equal(2, calls);
    }

    [Fact]
    public void The_REPL_shows_a_few_hundred_diagnostics_of_a_megabyte_of_garbage_and_goes_on()
    {
        var run = ReplRun.Of("statements where " + new string('$', 1_000_000), "statements count");

        Assert.Contains("more diagnostics not shown", run.Output, StringComparison.Ordinal);
        Assert.InRange(run.Output.Length, 1_000, 200_000);
        Assert.Contains(ReplRun.Seeds.Statements.Length.ToString(CultureInfo.InvariantCulture), run.Output, StringComparison.Ordinal);
    }

    /// <summary>A query that runs for minutes on the seeds: each statement is compared with a hundred thousand texts.</summary>
    private static string LongQuery { get; } =
        "statements where text in (" + string.Join(", ", Enumerable.Range(0, 100_000).Select(i => $"'t{i}'")) + ") or quote in ('x')";
}
