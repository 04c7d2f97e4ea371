using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Dicta.Query;

namespace Dicta.Benchmarks.Query;

/// <summary>
/// Conditions no index answers, over a million statements: <c>text contains …</c> and <c>text matches /…/i</c>, a
/// scan by the compiled predicate, side by side with the hand-written LINQ a user would write (a span search of the
/// content without copying it; the same regular expression, with the options Dicta gives it).
/// </summary>
[Config(typeof(QueryConfig))]
public class ScanQueryBenchmarks
{
    private QueryWorkload _workload = null!;
    private PreparedQuery _contains = null!;
    private PreparedQuery _matches = null!;
    private PreparedQuery _containsInterpreted = null!;
    private Regex _regex = null!;

    /// <summary>The number of statements in the corpus.</summary>
    [Params(1_000_000)]
    public int Statements { get; set; }

    /// <summary>
    /// Builds the corpus (or takes the one built for an earlier case of this process), the compiled queries, and
    /// checks that Dicta and LINQ agree.
    /// </summary>
    [GlobalSetup]
    public void Setup()
    {
        _workload = SharedSetup.Workload(Statements);
        var engine = new QueryEngine(_workload.Corpus);
        _contains = engine.Prepare(QueryWorkload.ContainsQuery);
        _matches = engine.Prepare(QueryWorkload.MatchesQuery);
        _contains.Compile();
        _matches.Compile();
        _containsInterpreted = new QueryEngine(_workload.Corpus, new QueryEngineOptions { CompileAfterRuns = int.MaxValue }).Prepare(QueryWorkload.ContainsQuery);
        _regex = new Regex(QueryWorkload.Pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
        QueryWorkload.Agree(DictaContains(), DictaContainsInterpreted(), LinqContains());
        QueryWorkload.Agree(DictaMatches(), LinqMatches());
    }

    /// <summary>Dicta: the compiled predicate over every statement.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("text contains")]
    public int DictaContains() => _contains.Execute().Items.Length;

    /// <summary>Dicta's interpreter on the same scan: what a one-off query pays for not compiling.</summary>
    [Benchmark]
    [BenchmarkCategory("text contains")]
    public int DictaContainsInterpreted() => _containsInterpreted.Execute().Items.Length;

    /// <summary>LINQ: the same test on the content span.</summary>
    [Benchmark]
    [BenchmarkCategory("text contains")]
    public int LinqContains() =>
        _workload.Corpus.Statements
            .Where(s => s.Content.Span.Contains(QueryWorkload.Substring, StringComparison.OrdinalIgnoreCase))
            .ToList().Count;

    /// <summary>Dicta: the compiled predicate with the query's regular expression.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("text matches")]
    public int DictaMatches() => _matches.Execute().Items.Length;

    /// <summary>LINQ: the same regular expression on the content span.</summary>
    [Benchmark]
    [BenchmarkCategory("text matches")]
    public int LinqMatches() =>
        _workload.Corpus.Statements
            .Where(s => _regex.IsMatch(s.Content.Span))
            .ToList().Count;
}
