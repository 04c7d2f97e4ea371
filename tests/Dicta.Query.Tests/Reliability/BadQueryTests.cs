using Dicta.Query.Testing;
using Dicta.Query.Testing.Generation;
using Dicta.Query.Tests.Execution;
using Dicta.Query.Tests.Properties;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dicta.Query.Tests.Reliability;

/// <summary>
/// Queries typed in a hurry (issue 8, "bad queries"): random text, valid queries with a few edits, and every prefix
/// of valid queries go through the whole engine (prepare, run interpreted and compiled, explain) without an
/// exception, with diagnostics inside the text whose messages hold no raw control characters. The syntax and binding
/// properties check the parser and binder alone; these check everything after them too.
/// </summary>
public sealed class BadQueryTests
{
    /// <summary>The README's examples and queries of the test suite: the starting points of the edits.</summary>
    public static readonly string[] ValidQueries =
    [
        "statements where speaker = \"Putin\" and topic = \"Taiwan\"",
        "statements where speaker in (\"Putin\", \"Xi\") and date >= 2022-01-01 order by date desc limit 5",
        "statements where text has \"multipolar\" select speaker, quote, article.outlet",
        "statements where text matches /unipolar|multipolar/i and not topic = \"Ukraine\"",
        "statements where speaker.country = \"China\" group by topic",
        "articles where outlet = \"Sputnik International\" select title, date",
        "speakers where country = \"Russia\" order by statements desc",
        "statements where speaker = $who            -- parameters come from the host program or --param",
        "statements where (speaker.country = 'China' or not via = $who) and date between 2022-01-01 and 2022-12-31 order by date desc, line limit 20",
        "speakers where statements >= 3 select name as who, country order by statements desc",
        "statements where text matches /wa\\/r/i and kind not in ('direct', \"partial\") -- done\n",
        "articles where title has \"war\" or outlet startswith 'Reu' select title, date order by date asc",
        "statements where kind != 'indirect' group by speaker order by count desc limit 3",
        "topics where statements > 2 order by label count",
    ];

    private static readonly IReadOnlyDictionary<string, object?> Who = new Dictionary<string, object?> { ["who"] = "Putin" };

    private static readonly QueryEngine Engine = new(Seeds.Corpus, new QueryEngineOptions { CacheSize = 0 });

    [Fact]
    public void The_valid_queries_are_valid()
    {
        foreach (var query in ValidQueries)
        {
            var result = Engine.Execute(query, Who);
            Assert.True(result.Succeeded, query + "\n" + string.Join("\n", result.Diagnostics));
        }
    }

    [Property(MaxTest = 300)]
    public Property Any_text_prepares_runs_compiles_and_explains_without_throwing() =>
        Prop.ForAll(QueryGenerators.QueryText(Generated.Options), text => EngineChecks.Holds(Engine, text, Generated.Parameters));

    [Property(MaxTest = 300)]
    public Property A_README_or_test_query_with_one_to_three_edits_prepares_and_runs_without_throwing() =>
        Prop.ForAll(
            Gen.Elements(ValidQueries).SelectMany(TextMutator.Mutate).ToArbitrary(),
            text => EngineChecks.Holds(Engine, text, Who));

    [Fact]
    public void Every_prefix_of_a_valid_query_prepares_and_runs_without_throwing()
    {
        foreach (var query in ValidQueries)
        {
            for (var length = 0; length <= query.Length; length++)
            {
                var prefix = query[..length];
                var problems = EngineChecks.Problems(Engine, prefix, Who, compile: false);
                Assert.True(problems is [], $"{prefix}\n{string.Join("\n", problems)}");
            }
        }
    }

    [Fact]
    public void Every_valid_query_with_one_character_deleted_or_replaced_by_NUL_prepares_and_runs_without_throwing()
    {
        foreach (var query in ValidQueries)
        {
            for (var at = 0; at < query.Length; at++)
            {
                foreach (var edited in new[] { query.Remove(at, 1), query.Remove(at, 1).Insert(at, "\u0000") })
                {
                    var problems = EngineChecks.Problems(Engine, edited, Who, compile: false);
                    Assert.True(problems is [], $"{EngineChecks.Escaped(edited)}\n{string.Join("\n", problems)}");
                }
            }
        }
    }

    [Property(MaxTest = 200)]
    public Property A_condition_of_any_text_gives_a_predicate_or_a_query_exception_located_in_the_condition() =>
        Prop.ForAll(QueryGenerators.QueryText(Generated.Options), condition => ConditionHolds(condition));

    private static Property ConditionHolds(string condition)
    {
        try
        {
            var predicate = Engine.Predicate<Model.Statement>(condition, Generated.Parameters).Compile();
            return (Seeds.Corpus.Statements.Count(predicate) >= 0).ToProperty();
        }
        catch (QueryException exception)
        {
            var problems = new List<string>();
            EngineChecks.CheckDiagnostics(problems, "condition", exception.Diagnostics, condition.Length);
            return (exception.Diagnostics.Any(d => d.IsError) && problems.Count == 0).Label(string.Join("\n", problems));
        }
    }
}
