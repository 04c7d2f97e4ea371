using Dicta.Model;
using Dicta.Query.Binding;
using Dicta.Query.Execution;
using Dicta.Query.Tests.Execution;

namespace Dicta.Query.Tests.Reliability;

/// <summary>
/// <c>matches</c> with patterns that backtrack catastrophically, on a statement of a hundred thousand characters
/// (issue 8): patterns the linear-time engine can run give the right answer with no time limit involved; patterns
/// that need backtracking (backreferences, lookarounds) hit the time limit, which is a diagnostic at the pattern and
/// counts as no match, never an unhandled <see cref="System.Text.RegularExpressions.RegexMatchTimeoutException"/>;
/// the engine answers the next query as before. Invalid patterns are an error at the pattern.
/// </summary>
public sealed class CatastrophicRegexTests
{
    private static readonly string Long = new string('a', 100_000) + "!";

    private static readonly Corpus LongCorpus = ReliabilityCorpora.OneStatement(Long);

    [Theory]
    [InlineData("(a+)+$", false)]
    [InlineData("(a+)+!$", true)]
    [InlineData("(a|a)*b", false)]
    [InlineData("(a*)*b", false)]
    [InlineData("(a|aa)+$", false)]
    [InlineData("^(a+)+[^a!]", false)]
    [InlineData("(.*a){12}!", true)]
    [InlineData("(\\w+\\s?)+x", false)]
    public void A_catastrophic_pattern_runs_in_linear_time_with_the_right_answer(string pattern, bool matches)
    {
        var engine = new QueryEngine(LongCorpus);

        var prepared = engine.Prepare($"statements where text matches /{pattern}/ count");
        var interpreted = prepared.Execute();
        var compiled = prepared.Compile().Execute(LongCorpus);

        var regex = Assert.IsType<BoundRegexMatch>(prepared.Bound.Filter).Regex;
        Assert.False(regex.IsBacktracking);
        Assert.Empty(prepared.Diagnostics);
        Assert.Equal(matches ? 1 : 0, interpreted.Count);
        Assert.Equal(matches ? 1 : 0, compiled.Count);
        Assert.Empty(interpreted.Diagnostics);
    }

    [Theory]
    [InlineData("^(a+)+\\1$")]
    [InlineData("^(a|aa)+(?=b)")]
    [InlineData("^(?:(a+)\\1)+$")]
    public void A_backtracking_pattern_that_runs_out_of_time_is_a_diagnostic_and_the_engine_goes_on(string pattern)
    {
        var engine = new QueryEngine(LongCorpus, new QueryEngineOptions { RegexMatchTimeout = TimeSpan.FromMilliseconds(20), CompileAfterRuns = 0 });
        var query = $"statements where text matches /{pattern}/ or speaker = 'Putin'";

        var prepared = engine.Prepare(query);
        var result = prepared.Execute();

        Assert.True(Assert.IsType<BoundLogicalExpression>(prepared.Bound.Filter).Operands.OfType<BoundRegexMatch>().Single().Regex.IsBacktracking);
        Assert.Contains(prepared.Diagnostics, d => d.Id == "DQ0113");
        Assert.True(result.Succeeded);
        var timeout = Assert.Single(result.Diagnostics, d => d.Id == "DQ0200");
        Assert.Equal(query.IndexOf('/', StringComparison.Ordinal), timeout.Location.Span.Start);
        Assert.Equal(query.LastIndexOf('/') + 1, timeout.Location.Span.End);
        Assert.Single(result.Items);
        Assert.Equal(1, engine.Execute("statements where text matches /a!$/ count").Count);
        Assert.Single(prepared.Execute().Items);
    }

    [Fact]
    public void A_time_out_in_the_interpreter_is_a_diagnostic_too()
    {
        var engine = new QueryEngine(LongCorpus, new QueryEngineOptions { RegexMatchTimeout = TimeSpan.FromMilliseconds(20), CompileAfterRuns = 1_000 });

        var result = engine.Execute("statements where text matches /^(a+)+\\1$/ count");

        Assert.Equal(0, result.Count);
        Assert.Single(result.Diagnostics, d => d.Id == "DQ0200");
        Assert.False(engine.Prepare("statements where text matches /^(a+)+\\1$/ count").IsCompiled);
    }

    [Fact]
    public void A_match_time_limit_must_be_positive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new QueryEngineOptions { RegexMatchTimeout = TimeSpan.Zero });
        Assert.Throws<ArgumentOutOfRangeException>(() => new QueryEngineOptions { RegexMatchTimeout = TimeSpan.FromDays(30) });
        Assert.Equal(TimeSpan.FromSeconds(1), QueryEngineOptions.Default.RegexMatchTimeout);
    }

    [Theory]
    [InlineData("(")]
    [InlineData("[z-a]")]
    [InlineData("(a)\\2")]
    [InlineData("a{99999999999}")]
    [InlineData("*")]
    [InlineData("(?<n>a)\\k<m>")]
    [InlineData("\\p{NoSuchCategory}")]
    [InlineData("(?")]
    public void An_invalid_pattern_is_an_error_at_the_pattern(string pattern)
    {
        var query = $"statements where text matches /{pattern}/i";

        var result = new QueryEngine(Seeds.Corpus).Execute(query);

        Assert.Equal(QueryResultKind.NotRun, result.Kind);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("DQ0112", error.Id);
        Assert.Equal($"/{pattern}/i", query[error.Location.Span.Start..error.Location.Span.End]);
    }

    [Fact]
    public void An_invalid_pattern_given_as_a_parameter_is_an_error_at_the_parameter()
    {
        var query = "statements where text matches $pattern";

        var result = new QueryEngine(Seeds.Corpus).Execute(query, new Dictionary<string, object?> { ["pattern"] = "(a+" });

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("DQ0112", error.Id);
        Assert.Equal("$pattern", query[error.Location.Span.Start..error.Location.Span.End]);
    }
}
