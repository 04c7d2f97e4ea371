using System.Text.RegularExpressions;
using Dicta.Model.Diagnostics;
using Dicta.Query.Execution;
using Dicta.Query.Tests.Execution;

namespace Dicta.Query.Tests.Reliability;

/// <summary>
/// Huge numbers, invalid dates, control characters and mixed scripts (issue 8): each gives a clear diagnostic whose
/// id and span are asserted, or runs; messages quote what the query wrote with control and format characters escaped,
/// so that printing a diagnostic cannot drive a terminal or reorder the text around it.
/// </summary>
public sealed class OddValueTests
{
    private static readonly QueryEngine Engine = new(Seeds.Corpus, new QueryEngineOptions { CacheSize = 0 });

    [Theory]
    [InlineData("statements where line = 1e400", "DQ0011", "e400")]
    [InlineData("statements where line = 99999999999999999999999999999999", "DQ0007", "99999999999999999999999999999999")]
    [InlineData("statements where line = -0", "DQ0001", "-")]
    [InlineData("statements where line = 1.5.5", "DQ0011", ".5")]
    [InlineData("statements limit 99999999999", "DQ0107", "99999999999")]
    [InlineData("statements limit 2147483648", "DQ0107", "2147483648")]
    [InlineData("statements limit 0", "DQ0107", "0")]
    [InlineData("statements limit 1e3", "DQ0011", "e3")]
    [InlineData("statements where date = 2023-02-30", "DQ0008", "2023-02-30")]
    [InlineData("statements where date = 2023-13-01", "DQ0008", "2023-13-01")]
    [InlineData("statements where date = 0000-00-00", "DQ0008", "0000-00-00")]
    [InlineData("statements where date = 2023-00-10", "DQ0008", "2023-00-10")]
    [InlineData("statements where date = 99999-01-01", "DQ0001", "-")]
    [InlineData("statements where date between 2023-02-29 and 2023-02-30", "DQ0008", "2023-02-29")]
    [InlineData("statements where \u0000line = 1", "DQ0001", "\u0000")]
    [InlineData("statements where line\u001b = 1", "DQ0001", "\u001b")]
    [InlineData("statements \u202Ewhere line = 1", "DQ0001", "\u202E")]
    [InlineData("statements where line = 1 \\uDC00", "DQ0001", "\\uDC00")]
    [InlineData("statements where line = 1 \\uD800", "DQ0001", "\\uD800")]
    [InlineData("st\u0430tements count", "DQ0100", "st\u0430tements")]
    [InlineData("statements wh\u0435re line = 1", "DQ0011", "wh\u0435re line = 1")]
    [InlineData("statements where \u0455peaker = 'Putin'", "DQ0101", "\u0455peaker")]
    [InlineData("statements where 说 = 'Putin'", "DQ0101", "说")]
    [InlineData("statements where line = \uFF11", "DQ0001", "\uFF11")]
    public void An_odd_value_or_character_gives_a_clear_error_at_its_place(string query, string id, string spanText)
    {
        // Lone surrogates do not survive xunit's serialization of test data: those rows are written escaped.
        (query, spanText) = (Regex.Unescape(query), Regex.Unescape(spanText));
        var result = Engine.Execute(query);

        Assert.Equal(QueryResultKind.NotRun, result.Kind);
        var error = result.Diagnostics.First(d => d.IsError);
        Assert.Equal(id, error.Id);
        Assert.Equal(spanText, query.Substring(error.Location.Span.Start, error.Location.Span.Length));
        Assert.Empty(EngineChecks.Problems(Engine, query));
    }

    [Theory]
    [InlineData("statements where line = 99999999999999999999999")]
    [InlineData("statements where line = 0.0000000000000000000000000001")]
    [InlineData("statements where line < 79228162514264337593543950335")]
    [InlineData("statements limit 2147483647")]
    [InlineData("statements where date = 2024-02-29")]
    [InlineData("statements where date > 0001-01-01 and date < 9999-12-31")]
    [InlineData("statements where text contains '\u0000\u001b\u202E\uD800'")]
    [InlineData("statements where text has '习近平' or text has 'Путин' or text has 'Σ'")]
    [InlineData("statements where speaker = 'Путин' or topic = '台湾'")]
    public void A_large_odd_or_foreign_value_that_is_valid_runs(string query)
    {
        var result = Engine.Execute(query);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(EngineChecks.Problems(Engine, query));
    }

    [Fact]
    public void A_limit_too_large_for_the_engine_says_what_the_largest_is()
    {
        var error = Assert.Single(Engine.Execute("statements limit 99999999999").Diagnostics);

        Assert.Equal("limit must be a positive whole number, not '99999999999' (the largest limit is 2147483647)", error.Message);
    }

    [Theory]
    [InlineData("\u001b]0;owned\u0007", "\\u001B]0;owned\\u0007")]
    [InlineData("\u001b[2J", "\\u001B[2J")]
    [InlineData("abc\u202Edef", "abc\\u202Edef")]
    [InlineData("\\uD800x", "\\uD800x")]
    [InlineData("a\u0000b", "a\\u0000b")]
    public void A_name_with_control_characters_is_quoted_escaped_in_the_warning(string name, string shown)
    {
        name = Regex.Unescape(name);
        foreach (var result in new[]
        {
            Engine.Execute($"statements where speaker = '{name}'"),
            Engine.Execute("statements where topic = $name", new Dictionary<string, object?> { ["name"] = name }),
        })
        {
            var warning = Assert.Single(result.Diagnostics);
            Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
            Assert.Contains($"named '{shown}'", warning.Message, StringComparison.Ordinal);
            Assert.True(EngineChecks.IsInert(warning.Message), EngineChecks.Escaped(warning.Message));
        }
    }

    [Theory]
    [InlineData("statements where text matches /\u001b[(/")]
    [InlineData("statements where text matches /(?<=\u202E)x/")]
    [InlineData("statements where \u001b[31m = 1")]
    [InlineData("statements where text = '\\\u001b'")]
    [InlineData("\u001b[31mstatements count")]
    public void Every_message_about_control_characters_is_inert(string query)
    {
        var result = Engine.Execute(query);

        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, d => Assert.True(EngineChecks.IsInert(d.Message), EngineChecks.Escaped(d.Message)));
    }
}
