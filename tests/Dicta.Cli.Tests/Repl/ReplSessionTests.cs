using System.Text.Json;

namespace Dicta.Cli.Tests.Repl;

public class ReplSessionTests
{
    private const string PutinOnTaiwan = "statements where speaker = 'Putin' and topic = 'taiwan'";

    [Fact]
    public void A_query_shows_a_table_of_statements_with_citations()
    {
        var run = ReplRun.Of(PutinOnTaiwan);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("citation", run.Output, StringComparison.Ordinal);
        var count = ReplRun.Seeds.Statements.Count(s => s.Speaker.Name == "Vladimir Putin" && s.Topics.Any(t => t.Slug == "taiwan"));
        Assert.True(count > 0);
        Assert.Contains($"({count} rows)", run.Output, StringComparison.Ordinal);
        Assert.Contains("000_571892bab8bfb740.txt:6", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_result_stops_at_the_row_limit_with_a_note_of_how_many_more()
    {
        var run = ReplRun.Of("statements");

        var more = ReplRun.Seeds.Statements.Length - 20;
        Assert.Contains($"\u2026 {more} more (use limit or :format)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_query_with_an_open_parenthesis_continues_on_the_next_line()
    {
        var multiLine = ReplRun.Of("statements where (speaker = 'Putin' and", "topic = 'taiwan') count");
        var oneLine = ReplRun.Of("statements where (speaker = 'Putin' and topic = 'taiwan') count");

        Assert.Equal("   ...> ", multiLine.Reader.Requests[1].Prompt);
        Assert.Equal("statements where (speaker = 'Putin' and\n", multiLine.Reader.Requests[1].Preceding);
        Assert.DoesNotContain("error", multiLine.Output, StringComparison.Ordinal);
        Assert.Equal(oneLine.Output, multiLine.Output);
    }

    [Fact]
    public void An_empty_continuation_line_runs_the_query_as_it_is()
    {
        var run = ReplRun.Of("statements where", string.Empty, "statements count");

        Assert.Contains("expected a field or a value after 'where'", run.Output, StringComparison.Ordinal);
        Assert.Contains(ReplRun.Seeds.Statements.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_query_shows_a_caret_and_the_suggestion_and_the_session_goes_on()
    {
        var run = ReplRun.Of("statements where speker = 'Putin'", PutinOnTaiwan);

        var lines = run.Output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var echo = lines.IndexOf("  statements where speker = 'Putin'");
        Assert.True(echo >= 0, run.Output);
        Assert.Equal("                   ^^^^^^", lines[echo + 1]);
        Assert.Contains("did you mean 'speaker'?", lines[echo + 2], StringComparison.Ordinal);
        Assert.Contains("Vladimir Putin", string.Join('\n', lines.Skip(echo + 3)), StringComparison.Ordinal);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void Ctrl_C_during_a_query_cancels_it_and_the_next_query_runs()
    {
        var calls = 0;
        CancellationTokenSource FirstCancelled()
        {
            var source = new CancellationTokenSource();
            if (calls++ == 0)
            {
                source.Cancel();
            }

            return source;
        }

        var run = ReplRun.Run(["statements", "statements count"], newCancellation: FirstCancelled);

        Assert.Contains("The query was cancelled.", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("more (use limit", run.Output, StringComparison.Ordinal);
        Assert.Contains(ReplRun.Seeds.Statements.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Ctrl_C_while_typing_drops_the_unfinished_query()
    {
        var run = ReplRun.Of("statements where (speaker = 'Putin' and", ScriptedLineReader.CtrlC, "topics count");

        Assert.Equal("dicta> ", run.Reader.Requests[2].Prompt);
        Assert.Contains(ReplRun.Seeds.Topics.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("error", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Quit_ends_the_session_without_reading_further()
    {
        var run = ReplRun.Of(":quit", "statements");

        Assert.Equal(1, run.Reader.Remaining);
        Assert.DoesNotContain("citation", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_lists_sources_and_fields_with_types()
    {
        var run = ReplRun.Of(":schema");

        foreach (var expected in (string[])["statements", "articles", "speakers", "topics", "speaker.country", "article.outlet", "topic*", "date"])
        {
            Assert.Contains(expected, run.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Format_json_makes_the_next_result_a_json_array()
    {
        var run = ReplRun.Of(":format json", "speakers order by statements desc limit 2");

        var json = run.Output[run.Output.IndexOf('[', StringComparison.Ordinal)..];
        using var document = JsonDocument.Parse(json);
        Assert.Equal(2, document.RootElement.GetArrayLength());
        Assert.Equal("Vladimir Putin", document.RootElement[0].GetProperty("name").GetString());
    }

    [Fact]
    public void An_unknown_format_is_refused_and_the_format_stays()
    {
        var run = ReplRun.Of(":format xml", "statements count");

        Assert.Contains("unknown format 'xml'", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("[", run.Output.Split("unknown format")[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Load_of_a_missing_path_shows_a_diagnostic_and_the_session_goes_on()
    {
        var missing = Path.Combine(Path.GetTempPath(), "dicta-no-such-dir-" + Guid.NewGuid().ToString("N"));

        var run = ReplRun.Of(":load " + missing, "topics count");

        Assert.Contains("DX0001", run.Output, StringComparison.Ordinal);
        Assert.Contains("0 articles, 0 statements added", run.Output, StringComparison.Ordinal);
        Assert.Equal(ReplRun.Seeds.ArticleCount, run.FinalCorpus.ArticleCount);
        Assert.Contains(ReplRun.Seeds.Topics.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_adds_articles_that_the_next_query_finds()
    {
        var dir = Directory.CreateTempSubdirectory("dicta-repl-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "one.txt"), "Headline\n\nThe minister said that the talks on the harbour went well.\n");

            var run = ReplRun.Of(":load " + dir.FullName, "statements where text has 'harbour'", ":corpus");

            Assert.Equal(ReplRun.Seeds.ArticleCount + 1, run.FinalCorpus.ArticleCount);
            Assert.Contains("1 articles", run.Output, StringComparison.Ordinal);
            Assert.Contains("(1 row)", run.Output, StringComparison.Ordinal);
            Assert.Contains("one.txt", run.Output, StringComparison.Ordinal);
            Assert.Contains(dir.FullName, run.Output, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Corpus_shows_what_is_loaded_with_counts()
    {
        var run = ReplRun.Of(":corpus");

        Assert.Contains("Corpus from the embedded seed articles: 5 articles", run.Output, StringComparison.Ordinal);
        Assert.Contains("004_69da86e87e65e6a7.txt", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_shows_the_plan_of_a_query()
    {
        var run = ReplRun.Of(":explain statements where speaker = 'Xi' and text has 'peace'");

        Assert.Contains("-- syntax", run.Output, StringComparison.Ordinal);
        Assert.Contains("-- plan", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Group_by_draws_a_bar_per_group_and_the_counts()
    {
        var run = ReplRun.Of("statements where speaker = 'Putin' group by kind");

        var direct = ReplRun.Seeds.Statements.Count(s => s.Speaker.Name == "Vladimir Putin" && s.Kind == Dicta.Model.StatementKind.Direct);
        var chartLine = run.Output.Split('\n').First(l => l.TrimStart().StartsWith("direct", StringComparison.Ordinal));
        Assert.Contains("\u2588", chartLine, StringComparison.Ordinal);
        Assert.EndsWith(direct.ToString(System.Globalization.CultureInfo.InvariantCulture), chartLine.TrimEnd());
        Assert.Contains("count", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Timing_on_shows_the_elapsed_time_of_each_query()
    {
        var off = ReplRun.Of("statements count");
        var on = ReplRun.Of(":timing on", "statements count");

        Assert.DoesNotContain(" ms", off.Output, StringComparison.Ordinal);
        Assert.Matches(@"count \d+ in [\d.]+ ms", on.Output);
    }

    [Fact]
    public void An_unknown_command_says_so_and_the_session_goes_on()
    {
        var run = ReplRun.Of(":frobnicate", ":help");

        Assert.Contains("unknown command ':frobnicate'", run.Output, StringComparison.Ordinal);
        Assert.Contains(":explain QUERY", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Piped_sessions_write_plain_results_and_diagnostics_on_standard_error()
    {
        var run = ReplRun.Run(["statements where speker = 'x'", "statements where speaker = 'Putin' limit 1"], interactive: false);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("did you mean 'speaker'?", run.Error, StringComparison.Ordinal);
        Assert.StartsWith("speaker", run.Output, StringComparison.Ordinal);
        Assert.Contains("(1 row)", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", run.Output, StringComparison.Ordinal);
    }
}
