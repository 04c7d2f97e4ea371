using System.Collections.Immutable;
using Dicta.Model;
using Dicta.Query.Binding;
using Dicta.Query.Execution;
using Dicta.Query.Schema;
using Dicta.Query.Syntax;

namespace Dicta.Query.Tests.Execution;

public class QuerySemanticsTests
{
    private static readonly Corpus Corpus = Seeds.Corpus;

    [Fact]
    public void Speaker_equals_matches_any_alias_ignoring_case_and_group_members()
    {
        var byAlias = Seeds.Statements(Seeds.Run("statements where speaker = \"putin\""));
        var byName = Seeds.Statements(Seeds.Run("statements where speaker = \"Vladimir Putin\""));

        Assert.Equal(byName.AsEnumerable(), byAlias);
        Assert.Contains(byAlias, s => s.Speaker.Kind == SpeakerKind.Group);
        Assert.All(byAlias, s => Assert.Contains(s.Speaker.SelfAndMembers(), p => p.Name == "Vladimir Putin"));
        Assert.Equal(Corpus.Statements.Count(s => s.Speaker.SelfAndMembers().Any(p => p.Name == "Vladimir Putin")), byAlias.Length);
    }

    [Fact]
    public void Topic_equals_matches_slug_or_label_and_means_has_on_many_values()
    {
        var bySlug = Seeds.Statements(Seeds.Run("statements where topic = \"world-order\""));
        var byLabel = Seeds.Statements(Seeds.Run("statements where topic = \"WORLD ORDER\""));

        Assert.Equal(bySlug.AsEnumerable(), byLabel);
        Assert.Equal(Corpus.Statements.Count(s => s.Topics.Any(t => t.Slug == "world-order")), bySlug.Length);
        Assert.Contains(bySlug, s => s.Topics.Length > 1);
    }

    [Fact]
    public void Not_equal_on_a_many_valued_field_means_has_none()
    {
        var result = Seeds.Statements(Seeds.Run("statements where topic != \"taiwan\""));

        Assert.Equal(Corpus.Statements.Count(s => s.Topics.All(t => t.Slug != "taiwan")), result.Length);
    }

    [Fact]
    public void Absent_values_compare_false_except_not_equal_and_sort_last_both_ways()
    {
        var withAddressee = Corpus.Statements.Count(s => s.Addressee is not null);
        Assert.InRange(withAddressee, 1, Corpus.Statements.Length - 1);

        Assert.Equal(withAddressee, Seeds.Run("statements where addressee.name contains \"\" count").Count);
        Assert.Equal(Corpus.Statements.Length, Seeds.Run("statements where addressee != \"nobody at all\" count").Count);
        foreach (var direction in new[] { "asc", "desc" })
        {
            var ordered = Seeds.Statements(Seeds.Run($"statements order by addressee {direction}"));
            Assert.All(ordered.Take(withAddressee), s => Assert.NotNull(s.Addressee));
            Assert.All(ordered.Skip(withAddressee), s => Assert.Null(s.Addressee));
        }
    }

    [Fact]
    public void Text_comparisons_ignore_case()
    {
        Assert.Equal(Seeds.Run("statements where kind = \"DIRECT\" count").Count, Corpus.Statements.Count(s => s.Kind == StatementKind.Direct));
        Assert.Equal(
            Seeds.Describe(Seeds.Run("statements where text contains \"CHINA\"")),
            Seeds.Describe(Seeds.Run("statements where text contains \"china\"")));
    }

    [Fact]
    public void Has_is_a_whole_term_where_contains_is_any_substring()
    {
        var has = Seeds.Run("statements where text has \"Russia\" count").Count;
        var contains = Seeds.Run("statements where text contains \"Russia\" count").Count;

        Assert.Equal(Corpus.Statements.Count(s => Terms.Contains(s.Content, "russia")), has);
        Assert.True(contains > has, "'Russian' contains 'Russia' but does not have it as a term");
    }

    [Fact]
    public void In_between_and_not_follow_their_definitions()
    {
        Assert.Equal(
            Seeds.Describe(Seeds.Run("statements where speaker = \"Putin\" or speaker = \"Xi\"")),
            Seeds.Describe(Seeds.Run("statements where speaker in (\"Putin\", \"Xi\")")));
        Assert.Equal(
            Seeds.Describe(Seeds.Run("statements where line >= 10 and line <= 30")),
            Seeds.Describe(Seeds.Run("statements where line between 10 and 30")));
        Assert.Equal(
            Seeds.Describe(Seeds.Run("statements where not (line between 10 and 30)")),
            Seeds.Describe(Seeds.Run("statements where line not between 10 and 30")));
    }

    [Fact]
    public void Matches_ignores_case_by_default_and_reads_flags()
    {
        var lower = Seeds.Run("statements where text matches /multipolar/ count").Count;
        var upper = Seeds.Run("statements where text matches /MULTIPOLAR/ count").Count;

        Assert.True(lower > 0);
        Assert.Equal(lower, upper);
        Assert.Equal(lower, Seeds.Run("statements where text matches / m u l t i p o l a r /x count").Count);
    }

    [Fact]
    public void A_backtracking_regex_that_runs_out_of_time_is_a_diagnostic_not_an_exception()
    {
        var tree = SyntaxTree.Parse(@"statements where text matches /^(\w+\s?)+\1x$/");
        var query = Binder.Bind(tree, null, Corpus, TimeSpan.FromMilliseconds(1));

        var interpreted = QueryInterpreter.Execute(query, Corpus);
        var compiled = QueryCompiler.Compile(query).Execute(Corpus);

        Assert.Contains(query.Diagnostics, d => d.Id == "DQ0113");
        foreach (var result in new[] { interpreted, compiled })
        {
            Assert.True(result.Succeeded);
            var timeout = Assert.Single(result.Diagnostics, d => d.Id == "DQ0200");
            Assert.Equal(tree.Text.ToString().IndexOf('/', StringComparison.Ordinal), timeout.Location.Span.Start);
        }
    }

    [Fact]
    public void Group_by_counts_a_row_in_every_group_of_a_many_valued_key_ordered_by_count_then_key()
    {
        var result = Seeds.Run("statements group by topic");

        var expected = Corpus.Statements
            .SelectMany(s => s.Topics.IsEmpty ? [(Topic?)null] : s.Topics.Select(t => (Topic?)t))
            .GroupBy(t => t?.Slug)
            .Select(g => (Key: g.Key, Count: g.Count()))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Key is null).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(QueryResultKind.Groups, result.Kind);
        Assert.Equal(["topic", "count"], result.Columns.ToArray());
        Assert.Equal(expected.Select(e => e.Key ?? "∅"), result.Groups.Select(g => Seeds.Format(g.Keys[0])));
        Assert.Equal(expected.Select(e => e.Count), result.Groups.Select(g => g.Count));
    }

    [Fact]
    public void Groups_can_be_ordered_by_count_or_by_key()
    {
        var source = QuerySchema.Default["statements"];
        var speaker = new BoundFieldAccess([source.GetField("speaker")!], default);
        BoundQuery Grouped(BoundExpression key, bool descending) =>
            new(source, groupKeys: [new BoundColumn("speaker", speaker)], orderings: [new BoundOrdering(key, descending)], limit: 5);

        var byCountAscending = Seeds.RunAllWays(Grouped(new BoundCountReference(default), descending: false));
        var byKeyDescending = Seeds.RunAllWays(Grouped(new BoundGroupKeyReference(0, QueryType.Speaker, default), descending: true));

        Assert.Equal(byCountAscending.Groups.Select(g => g.Count).Order(), byCountAscending.Groups.Select(g => g.Count));
        Assert.Equal(1, byCountAscending.Groups[0].Count);
        var names = byKeyDescending.Groups.Select(g => ((Speaker)g.Keys[0]!).Name).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal).Reverse(), names);
        Assert.Equal(Corpus.Statements.Select(s => s.Speaker.Name).Max(StringComparer.Ordinal), names[0]);
    }

    [Fact]
    public void Select_names_columns_by_alias_or_path_and_gives_many_values_as_arrays()
    {
        var result = Seeds.Run("statements where text has \"multipolar\" select speaker, topic as topics, article.outlet");

        Assert.Equal(["speaker", "topics", "article.outlet"], result.Columns.ToArray());
        Assert.NotEmpty(result.Rows);
        Assert.All(result.Rows, row =>
        {
            Assert.IsType<Speaker>(row["speaker"]);
            Assert.IsType<ImmutableArray<object>>(row["topics"]);
        });
    }

    [Fact]
    public void Order_by_several_keys_is_stable_and_limit_takes_the_first()
    {
        var all = Seeds.Statements(Seeds.Run("statements order by kind desc, line"));
        var limited = Seeds.Statements(Seeds.Run("statements order by kind desc, line limit 4"));

        var expected = Corpus.Statements
            .Select((s, i) => (s, i))
            .OrderByDescending(p => p.s.Kind.ToString(), StringComparer.OrdinalIgnoreCase)
            .ThenBy(p => p.s.Line)
            .ThenBy(p => p.i)
            .Select(p => p.s);
        Assert.Equal(expected, all.AsEnumerable());
        Assert.Equal(all.Take(4), limited.AsEnumerable());
    }

    [Fact]
    public void Count_returns_one_number()
    {
        var result = Seeds.Run("statements where speaker = \"Xi\" count");

        Assert.Equal(QueryResultKind.Count, result.Kind);
        Assert.Equal(Seeds.Run("statements where speaker = \"Xi\"").Items.Length, result.Count);
    }

    [Fact]
    public void Parameters_are_values()
    {
        var parameters = new Dictionary<string, object?> { ["who"] = "Xi", ["since"] = new DateTime(2022, 1, 1), ["n"] = 3 };

        var result = Seeds.Run("statements where speaker = $who and line > $n", parameters);

        Assert.Equal(
            Seeds.Describe(Seeds.Run("statements where speaker = \"Xi\" and line > 3")),
            Seeds.Describe(result));
    }

    [Fact]
    public void A_cancelled_run_throws_operation_cancelled()
    {
        var query = Seeds.Bind("statements where text contains \"a\"");
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => QueryInterpreter.Execute(query, Corpus, cancellation.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => QueryCompiler.Compile(query).Execute(Corpus, cancellation.Token));
    }

    [Fact]
    public void A_query_with_errors_is_not_run()
    {
        var query = Binder.Bind(SyntaxTree.Parse("statements where speker = 1"), null, Corpus);

        var result = QueryCompiler.Compile(query).Execute(Corpus);

        Assert.False(result.Succeeded);
        Assert.Equal(query.Diagnostics, result.Diagnostics);
        Assert.False(QueryInterpreter.Execute(query, Corpus).Succeeded);
    }

    [Fact]
    public void A_statement_predicate_filters_statements_with_plain_linq()
    {
        var query = Seeds.Bind("statements where speaker = \"Putin\" and topic = \"world order\"");

        var predicate = QueryCompiler.ToPredicate<Statement>(query, Corpus).Compile();

        Assert.Equal(Seeds.Statements(Seeds.Run("statements where speaker = \"Putin\" and topic = \"world order\"")).AsEnumerable(), Corpus.Statements.Where(predicate));
    }

    [Fact]
    public void Other_sources_read_their_rows()
    {
        Assert.Equal(Corpus.ArticleCount, Seeds.Run("articles count").Count);
        Assert.Equal(Corpus.Speakers.Length, Seeds.Run("speakers count").Count);
        Assert.Equal(Corpus.Topics.Length, Seeds.Run("topics count").Count);
        var putin = Assert.Single(Seeds.Run("speakers where alias = \"Putin\"").ItemsOf<Speaker>());
        Assert.Equal("Vladimir Putin", putin.Name);
        var top = Seeds.Run("topics order by statements desc limit 1 select name, statements").Rows[0];
        Assert.Equal((decimal)Corpus.Topics.Max(t => Corpus.Index.ByTopic(t.Slug).Length), top["statements"]);
    }
}
