using Dicta.Model;
using Dicta.Query.Execution;
using Dicta.Query.Syntax;
using Dicta.Query.Tests.Execution;

namespace Dicta.Query.Tests.Engine;

public class QueryEngineTests
{
    private const string PutinOnTaiwan = "statements where speaker = \"Putin\" and topic = \"Taiwan\"";

    private static QueryEngine NewEngine(QueryEngineOptions? options = null) => new(Seeds.Corpus, options);

    [Fact]
    public void Execute_gives_the_answer_of_the_bound_query_run_every_way()
    {
        var result = NewEngine().Execute(PutinOnTaiwan);

        Assert.Equal(Seeds.Describe(Seeds.Run(PutinOnTaiwan)), Seeds.Describe(result));
        Assert.NotEmpty(result.Items);
    }

    [Fact]
    public void A_query_parsed_before_the_engine_existed_runs_as_its_text_does()
    {
        var tree = SyntaxTree.Parse(PutinOnTaiwan);
        var broken = SyntaxTree.Parse("statements where speaker =");
        var engine = NewEngine();

        Assert.Equal(Seeds.Describe(engine.Execute(PutinOnTaiwan)), Seeds.Describe(engine.Prepare(tree).Execute()));
        Assert.Same(engine.Prepare(PutinOnTaiwan), engine.Prepare(tree));
        var failed = engine.Prepare(broken).Execute();
        Assert.False(failed.Succeeded);
        Assert.Equal(
            engine.Execute("statements where speaker =").Diagnostics.Select(d => (d.Id, d.Location.Span)),
            failed.Diagnostics.Select(d => (d.Id, d.Location.Span)));
    }

    [Fact]
    public void A_prepared_query_is_cached_by_text_and_parameters()
    {
        var engine = NewEngine();
        var who = new Dictionary<string, object?> { ["who"] = "Putin" };

        Assert.Same(engine.Prepare(PutinOnTaiwan), engine.Prepare(PutinOnTaiwan));
        Assert.Same(engine.Prepare("statements where speaker = $who", who), engine.Prepare("statements where speaker = $who", new Dictionary<string, object?> { ["who"] = "Putin" }));
        Assert.NotSame(engine.Prepare("statements where speaker = $who", who), engine.Prepare("statements where speaker = $who", new Dictionary<string, object?> { ["who"] = "Xi" }));
        Assert.NotSame(NewEngine(new QueryEngineOptions { CacheSize = 0 }).Prepare(PutinOnTaiwan), engine.Prepare(PutinOnTaiwan));
    }

    [Fact]
    public void The_cache_keeps_the_most_recently_used_queries_up_to_its_size()
    {
        var engine = NewEngine(new QueryEngineOptions { CacheSize = 2 });
        var first = engine.Prepare("statements count");
        engine.Prepare("articles count");
        engine.Prepare("statements count");
        engine.Prepare("speakers count");

        Assert.Same(first, engine.Prepare("statements count"));
        var articles = engine.Prepare("articles count");
        Assert.Same(articles, engine.Prepare("articles count"));
    }

    [Fact]
    public void A_one_off_query_is_interpreted_and_a_repeated_one_compiled_with_the_same_answer()
    {
        var prepared = NewEngine().Prepare(PutinOnTaiwan);

        var first = prepared.Execute();
        Assert.False(prepared.IsCompiled);
        var second = prepared.Execute();
        Assert.True(prepared.IsCompiled);

        Assert.Equal(Seeds.Describe(first), Seeds.Describe(second));
        var eager = NewEngine(new QueryEngineOptions { CompileAfterRuns = 0 }).Prepare(PutinOnTaiwan);
        eager.Execute();
        Assert.True(eager.IsCompiled);
    }

    [Fact]
    public void A_query_with_errors_does_not_run_and_returns_its_diagnostics()
    {
        var result = NewEngine().Execute("statements where speker = 'Putin'");

        Assert.False(result.Succeeded);
        Assert.Equal(QueryResultKind.NotRun, result.Kind);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Contains("did you mean 'speaker'?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_shows_the_syntax_the_bound_tree_the_plan_and_the_expression()
    {
        var explanation = NewEngine().Explain(PutinOnTaiwan);

        Assert.StartsWith("Query [0..", explanation.Syntax, StringComparison.Ordinal);
        Assert.Contains("StringLiteralToken", explanation.Syntax, StringComparison.Ordinal);
        Assert.NotEmpty(explanation.Bound);
        Assert.Contains("speaker", explanation.Plan, StringComparison.OrdinalIgnoreCase);
        Assert.NotEmpty(explanation.Expression);
        var text = explanation.ToString();
        Assert.True(text.IndexOf("-- syntax", StringComparison.Ordinal) < text.IndexOf("-- plan", StringComparison.Ordinal));
    }

    [Fact]
    public void Explain_of_a_broken_query_keeps_the_syntax_and_the_diagnostics()
    {
        var explanation = NewEngine().Explain("statements where (speaker = ");

        Assert.Contains("<missing>", explanation.Syntax, StringComparison.Ordinal);
        Assert.Equal(string.Empty, explanation.Plan);
        Assert.NotEmpty(explanation.Diagnostics);
    }

    [Fact]
    public void Many_threads_sharing_one_engine_get_the_sequential_answers()
    {
        var engine = NewEngine(new QueryEngineOptions { CacheSize = 4 });
        string[] queries =
        [
            PutinOnTaiwan,
            "statements where text has 'multipolar' select speaker, quote",
            "statements group by topic",
            "speakers where country = 'China' order by statements desc",
            "articles select title, date order by date",
            "statements where kind = 'direct' count",
        ];
        var expected = queries.Select(q => Seeds.Describe(new QueryEngine(Seeds.Corpus).Execute(q))).ToArray();

        var answers = new string[8 * 60];
        Parallel.For(0, answers.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            answers[i] = Seeds.Describe(engine.Execute(queries[i % queries.Length])));

        for (var i = 0; i < answers.Length; i++)
        {
            Assert.Equal(expected[i % queries.Length], answers[i]);
        }
    }

    [Fact]
    public void A_cancelled_query_stops_and_the_engine_still_answers()
    {
        var engine = NewEngine();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => engine.Execute("statements where text contains 'a'", cancellationToken: cancelled.Token));
        Assert.True(engine.Execute("statements where text contains 'a' count").Count > 0);
    }

    [Fact]
    public void WithCorpus_runs_the_same_queries_on_another_corpus()
    {
        var engine = NewEngine();
        var oneArticle = Corpus.Create([Seeds.Corpus.Articles.First()]);

        var smaller = engine.WithCorpus(oneArticle);

        Assert.Same(oneArticle, smaller.Corpus);
        Assert.Equal(oneArticle.Statements.Length, smaller.Execute("statements count").Count);
        Assert.Equal(Seeds.Corpus.Statements.Length, engine.Execute("statements count").Count);
    }
}
