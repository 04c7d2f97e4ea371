using System.Linq.Dynamic.Core;
using System.Linq.Expressions;
using BenchmarkDotNet.Attributes;
using Dicta.Model;
using Dicta.Query;
using Dicta.Query.Syntax;

namespace Dicta.Benchmarks.Query;

/// <summary>
/// Turning the text of a typical query into something that can run, without compiling it: Dicta's parse, bind and
/// plan (<see cref="QueryEngine.Prepare(string, IReadOnlyDictionary{string, object?}?)"/> with the cache off; compilation is lazy and not part of it), against
/// System.Linq.Dynamic.Core parsing the equivalent predicate into an expression tree (not compiled either), over a
/// corpus of 10,000 statements.
/// </summary>
[Config(typeof(QueryConfig))]
public class ParseBindBenchmarks
{
    private static readonly object[] DynamicValues = [new DateTimeOffset(2022, 1, 1, 0, 0, 0, TimeSpan.Zero)];

    private QueryEngine _engine = null!;
    private string _query = null!;
    private string _dynamicPredicate = null!;
    private ParsingConfig _parsingConfig = null!;

    /// <summary>Builds a corpus of 10,000 statements for the binder to resolve names in, and checks both parse.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var workload = SharedSetup.Workload(10_000);
        _engine = new QueryEngine(workload.Corpus, new QueryEngineOptions { CacheSize = 0 });
        _query = workload.TypicalQuery;
        // Dynamic LINQ cannot call Enumerable.Any on an ImmutableArray (a struct), so the topic test indexes the
        // array: a statement of this corpus has one or two topics.
        var topic = QueryWorkload.TopicSlug;
        _dynamicPredicate = $"Speaker.Name == \"{workload.SpeakerName}\" && (Topics[0].Slug == \"{topic}\" || (Topics.Length > 1 && Topics[1].Slug == \"{topic}\")) && Article.Metadata.Published >= @0";
        _parsingConfig = new ParsingConfig();
        var prepared = DictaPrepare();
        var dicta = prepared.Execute().Items.Length;
        var linq = workload.Corpus.Statements.Count(DynamicLinqParseLambda().Compile());
        QueryWorkload.Agree(dicta, linq);
    }

    /// <summary>Dicta: parse, bind (names resolved in the corpus) and plan.</summary>
    [Benchmark(Baseline = true)]
    public PreparedQuery DictaPrepare() => _engine.Prepare(_query);

    /// <summary>Dicta's parse alone (the syntax tree), to tell its cost from binding's and planning's.</summary>
    [Benchmark]
    public SyntaxTree DictaParseOnly() => SyntaxTree.Parse(_query);

    /// <summary>Dynamic LINQ: parse the predicate into a typed lambda.</summary>
    [Benchmark]
    public Expression<Func<Statement, bool>> DynamicLinqParseLambda() =>
        DynamicExpressionParser.ParseLambda<Statement, bool>(_parsingConfig, false, _dynamicPredicate, DynamicValues);
}
