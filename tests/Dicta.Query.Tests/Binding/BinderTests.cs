using Dicta.Model.Diagnostics;
using Dicta.Query.Binding;
using Dicta.Query.Execution;
using Dicta.Query.Schema;
using Dicta.Query.Syntax;
using Dicta.Query.Tests.Execution;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dicta.Query.Tests.Binding;

public class BinderTests
{
    [Fact]
    public void The_design_example_binds_to_two_comparisons_on_schema_fields()
    {
        var query = Binder.Bind(SyntaxTree.Parse("statements where speaker = \"Putin\" and topic = \"Taiwan\""));

        Assert.False(query.HasErrors);
        Assert.Equal("statements", query.Source!.Name);
        var and = Assert.IsType<BoundLogicalExpression>(query.Filter);
        Assert.Equal(LogicalOperator.And, and.Operator);
        Assert.Equal(2, and.Operands.Length);
        var speaker = Assert.IsType<BoundComparison>(and.Operands[0]);
        Assert.Equal("speaker", Assert.IsType<BoundFieldAccess>(speaker.Left).PathText);
        Assert.Equal(QueryType.Topic, Assert.IsType<BoundComparison>(and.Operands[1]).Left.Type);
    }

    [Theory]
    [InlineData("statments", "DQ0100", "unknown source 'statments'; did you mean 'statements'?")]
    [InlineData("quotes", "DQ0100", "unknown source 'quotes'; expected statements, articles, speakers, topics")]
    [InlineData("statements where speker = \"Putin\"", "DQ0101", "unknown field 'speker' of statements; did you mean 'speaker'?")]
    [InlineData("statements where speaker.contry = \"Russia\"", "DQ0101", "unknown field 'contry' of 'speaker'; did you mean 'country'?")]
    [InlineData("articles where speaker = \"Putin\"", "DQ0102", "'speaker' is a field of statements, not of articles; the fields of articles are id, title, outlet, date, url, dateline, statements")]
    [InlineData("statements where text.length > 3", "DQ0102", "'text' is a text and has no fields, so 'text.length' names nothing")]
    [InlineData("statements where date = \"abc\"", "DQ0103", "cannot compare date with text 'abc'; write a date as 2022-09-15")]
    [InlineData("statements where speaker = via", "DQ0103", "cannot compare speaker with speaker 'via'; compare their names, as in speaker.name = via.name")]
    [InlineData("statements where line = true", "DQ0103", "cannot compare number with boolean true")]
    [InlineData("statements where date has \"x\"", "DQ0104", "'has' needs text; 'date' is a date")]
    [InlineData("statements where speaker contains \"Put\"", "DQ0104", "'contains' needs text; 'speaker' is a speaker; use 'speaker.name'")]
    [InlineData("statements where text has 2022", "DQ0104", "'has' needs text; number 2022 is a number; put it in quotes to make it text")]
    [InlineData("statements where speaker < \"M\"", "DQ0104", "'<' needs numbers, dates or text; 'speaker' is a speaker; use 'speaker.name'")]
    [InlineData("statements where speaker = $who", "DQ0105", "unknown parameter '$who'; no parameters were given (pass them with --param name=value or in the host program)")]
    [InlineData("statements limit 0", "DQ0107", "limit must be a positive whole number, not '0'")]
    [InlineData("statements limit 2.5", "DQ0107", "limit must be a positive whole number, not '2.5'")]
    [InlineData("statements limit 1 limit 2", "DQ0108", "the 'limit' clause appears more than once; write it once (separate several keys with commas)")]
    [InlineData("statements select text count", "DQ0109", "'count' cannot be used with 'select': count returns one number; remove one of them")]
    [InlineData("statements group by topic select topic", "DQ0109", "'select' cannot be used with 'group by': a grouped query returns each key with its count; name the keys in 'group by' instead")]
    [InlineData("statements where text matches /(/", "DQ0112", "the regex /(/ does not compile: ")]
    [InlineData("statements where speaker", "DQ0114", "expected a condition, but 'speaker' is a speaker; compare it, as in speaker = \"...\"")]
    [InlineData("statements where date", "DQ0114", "expected a condition, but 'date' is a date; compare it, as in date >= 2022-01-01")]
    [InlineData("statements order by topic", "DQ0115", "'topic' has many values per row, so it cannot order the rows; group by it instead")]
    [InlineData("statements group by topic order by line", "DQ0116", "a grouped query orders by a group key (topic) or by count, not by 'line'")]
    [InlineData("statements select text, kind as text", "DQ0118", "the column name 'text' is used twice; rename one with 'as'")]
    [InlineData("statements where text matches kind", "DQ0119", "'matches' needs a pattern: a regex such as /unipolar|multipolar/i, a string or a parameter, not text 'kind'")]
    public void Each_mistake_is_one_error_with_a_span_and_an_actionable_message(string text, string id, string message)
    {
        var tree = SyntaxTree.Parse(text);
        Assert.Empty(tree.Diagnostics);

        var query = Binder.Bind(tree);

        var diagnostic = Assert.Single(query.Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.StartsWith(message, diagnostic.Message, StringComparison.Ordinal);
        Assert.Same(tree.Text, diagnostic.Location.Source);
        Assert.False(diagnostic.Location.Span.IsEmpty);
        Assert.True(query.HasErrors);
    }

    [Fact]
    public void A_parameter_of_an_unsupported_type_is_an_error_and_a_near_name_is_suggested()
    {
        var wrongType = Binder.Bind(SyntaxTree.Parse("statements where speaker = $who"), new Dictionary<string, object?> { ["who"] = Guid.Empty });
        var misspelt = Binder.Bind(SyntaxTree.Parse("statements where speaker = $whom"), new Dictionary<string, object?> { ["who"] = "Xi" });

        Assert.Equal("parameter '$who' has a value of type Guid; expected text, a number, a date or a boolean", Assert.Single(wrongType.Diagnostics).Message);
        Assert.Equal("unknown parameter '$whom'; did you mean '$who'?", Assert.Single(misspelt.Diagnostics).Message);
    }

    [Fact]
    public void An_unknown_speaker_is_a_warning_with_a_suggestion_and_the_query_still_runs()
    {
        var query = Binder.Bind(SyntaxTree.Parse("statements where speaker = \"Putn\""), null, Seeds.Corpus);

        var warning = Assert.Single(query.Diagnostics);
        Assert.Equal("DQ0110", warning.Id);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal("no speaker named 'Putn' in the corpus; did you mean 'Putin'?", warning.Message);
        Assert.Equal(new Dicta.Model.Text.TextSpan(27, 6), warning.Location.Span);
        var result = QueryCompiler.Compile(query).Execute(Seeds.Corpus);
        Assert.True(result.Succeeded);
        Assert.Empty(result.Items);
        Assert.Contains(warning, result.Diagnostics);
    }

    [Fact]
    public void An_unknown_topic_is_a_warning_with_a_suggestion()
    {
        var query = Binder.Bind(SyntaxTree.Parse("statements where topic in (\"Taiwn\", \"trade\")"), null, Seeds.Corpus);

        Assert.Equal("no topic named 'Taiwn' in the corpus; did you mean 'Taiwan'?", Assert.Single(query.Diagnostics).Message);
        Assert.False(query.HasErrors);
    }

    [Fact]
    public void A_pattern_the_linear_engine_refuses_backtracks_with_a_note()
    {
        var query = Binder.Bind(SyntaxTree.Parse(@"statements where text matches /(\w)\1/"));

        var note = Assert.Single(query.Diagnostics);
        Assert.Equal("DQ0113", note.Id);
        Assert.Equal(DiagnosticSeverity.Info, note.Severity);
        Assert.True(Assert.IsType<BoundRegexMatch>(query.Filter).Regex.IsBacktracking);
        Assert.False(query.HasErrors);
    }

    [Fact]
    public void Constants_go_right_and_text_converts_to_the_other_side()
    {
        var swapped = Binder.Bind(SyntaxTree.Parse("statements where 3 < line and \"2022-09-15\" <= date"));

        var and = Assert.IsType<BoundLogicalExpression>(swapped.Filter);
        var line = Assert.IsType<BoundComparison>(and.Operands[0]);
        Assert.Equal(ComparisonOperator.Greater, line.Operator);
        Assert.IsType<BoundFieldAccess>(line.Left);
        var date = Assert.IsType<BoundComparison>(and.Operands[1]);
        Assert.Equal(ComparisonOperator.GreaterOrEqual, date.Operator);
        Assert.Equal(new DateOnly(2022, 9, 15), date.Right.ConstantValue);
    }

    [Fact]
    public void Parameters_take_host_values()
    {
        var parameters = new Dictionary<string, object?> { ["since"] = new DateTimeOffset(2022, 9, 15, 23, 0, 0, TimeSpan.FromHours(-5)), ["n"] = 4L, ["flag"] = true };

        var query = Binder.Bind(SyntaxTree.Parse("statements where date >= $since and line > $n and ambiguous = $FLAG"), parameters);

        Assert.False(query.HasErrors, string.Join("; ", query.Diagnostics));
        var values = query.Filter!.ToString();
        Assert.Contains("Parameter $since = 2022-09-15 : date", values, StringComparison.Ordinal);
        Assert.Contains("Parameter $n = 4 : number", values, StringComparison.Ordinal);
        Assert.Contains("Parameter $FLAG = true : boolean", values, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnostic_ids_are_unique_and_in_the_binding_range()
    {
        var ids = typeof(BindingDiagnostics).GetProperties().Select(p => ((DiagnosticDescriptor)p.GetValue(null)!).Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.InRange(int.Parse(id[2..], System.Globalization.CultureInfo.InvariantCulture), 100, 199));
    }

    [Theory]
    [InlineData("")]
    [InlineData("statements where")]
    [InlineData("statements where speaker =")]
    [InlineData("statements where (speaker = \"x\"")]
    [InlineData("statements where speaker in (")]
    [InlineData("statements where line between and")]
    [InlineData("statements where speaker. = 3 order by , limit select as count")]
    [InlineData("where where where")]
    [InlineData("statements where not not not")]
    [InlineData("statements where text matches")]
    [InlineData("statements group by order by limit")]
    [InlineData("statements where $ = / . ) ( \"")]
    [InlineData("statements where a.b.c.d = e.f.g")]
    [InlineData("speakers where 1 = 2 = 3")]
    public void The_binder_never_throws_on_broken_trees(string text)
    {
        var query = Binder.Bind(SyntaxTree.Parse(text), null, Seeds.Corpus);

        Assert.True(query.HasErrors);
        Assert.False(QueryCompiler.Compile(query).Execute(Seeds.Corpus).Succeeded);
        Assert.NotEmpty(query.ToString());
    }

    [Property(MaxTest = 300)]
    public Property Binding_and_running_any_token_soup_never_throws()
    {
        var pieces = new[]
        {
            "statements", "articles", "speakers", "topics", "where", "and", "or", "not", "in", "between", "has", "contains",
            "matches", "order", "by", "desc", "limit", "select", "as", "group", "count", "true", "speaker", "topic", "text",
            "date", "line", "speaker.country", "article.date", "\"Putin\"", "\"taiwan\"", "'x'", "3", "2022-09-15", "/a|b/i",
            "$p", "(", ")", ",", ".", "=", "!=", "<", ">=", "--c\n", "?",
        };
        var soup = Gen.Elements(pieces).ListOf().Select(list => string.Join(' ', list));
        return Prop.ForAll(soup.ToArbitrary(), text =>
        {
            var query = Binder.Bind(SyntaxTree.Parse(text), new Dictionary<string, object?> { ["p"] = "Xi" }, Seeds.Corpus);
            var result = QueryCompiler.Compile(query).Execute(Seeds.Corpus);
            return result.Succeeded != query.HasErrors
                && query.Diagnostics.All(d => d.Location.Source is null || d.Location.Source.Contains(d.Location.Span));
        });
    }
}
