using System.Text;
using BenchmarkDotNet.Attributes;
using Dicta.Query;

namespace Dicta.Benchmarks.Query;

/// <summary>
/// How the time to prepare (parse, bind, plan) a hostile query grows with its length: deep parentheses and
/// <c>not</c>s (cut at the nesting limit), long <c>or</c> chains and member paths, chained comparisons and garbage,
/// at 10 thousand, 100 thousand and a million characters. Linear growth shows as a mean ten times larger for each
/// tenfold size. The queries run on an empty corpus: only their length counts.
/// </summary>
[Config(typeof(QueryConfig))]
public class QueryInputSizeBenchmarks
{
    private QueryEngine _engine = null!;
    private string _query = null!;

    /// <summary>The shape of the query.</summary>
    [Params("parentheses", "nots", "or-chain", "member-path", "chained-equals", "garbage")]
    public string Shape { get; set; } = "parentheses";

    /// <summary>The length of the query, in characters.</summary>
    [Params(10_000, 100_000, 1_000_000)]
    public int Characters { get; set; }

    /// <summary>Builds the query and an engine without a cache (each run parses again).</summary>
    [GlobalSetup]
    public void Setup()
    {
        _engine = new QueryEngine(Dicta.Model.Corpus.Empty, new QueryEngineOptions { CacheSize = 0 });
        _query = Build(Shape, Characters);
    }

    /// <summary>Parse, bind and plan.</summary>
    [Benchmark]
    public PreparedQuery Prepare() => _engine.Prepare(_query);

    /// <summary>A query of <paramref name="shape"/> at least <paramref name="characters"/> long.</summary>
    public static string Build(string shape, int characters)
    {
        var (start, repeated, end) = shape switch
        {
            "parentheses" => ("statements where ", "(", "line = 1"),
            "nots" => ("statements where ", "not ", "line = 1"),
            "or-chain" => ("statements where line = 1", " or line = 1", string.Empty),
            "member-path" => ("statements where speaker", ".speaker", " = 'x'"),
            "chained-equals" => ("statements where line", " = 1", string.Empty),
            "garbage" => ("statements where ", "$ ) , = / ' @ ", string.Empty),
            _ => throw new ArgumentException($"Unknown shape '{shape}'.", nameof(shape)),
        };
        var builder = new StringBuilder(characters + 64).Append(start);
        while (builder.Length < characters)
        {
            builder.Append(repeated);
        }

        return builder.Append(end).ToString();
    }
}
