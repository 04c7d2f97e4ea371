using System.Linq.Expressions;
using BenchmarkDotNet.Attributes;
using Dicta.Model;
using Dicta.Query;

namespace Dicta.Benchmarks.Query;

/// <summary>
/// The first answer of a query typed once, on the seed articles: Dicta parses, binds, plans and runs it (interpreted,
/// as a one-off query is by default; and compiled before its first run, to show what the interpreter saves), against
/// the same condition written as a C# expression tree, compiled with <see cref="LambdaExpression.Compile()"/> and run
/// over the statements. Every case starts from the text (or the tree) anew: no cache. Two queries: one the indexes
/// answer whole, and one with a residual condition tested row by row.
/// </summary>
[Config(typeof(QueryConfig))]
public class OneOffQueryBenchmarks
{
    private const string Indexed = "statements where speaker = \"Putin\" and topic = \"taiwan\"";
    private const string WithResidual = "statements where speaker = \"Putin\" and text contains \"world\"";

    private Corpus _seeds = null!;
    private QueryEngine _interpreting = null!;
    private QueryEngine _compiling = null!;

    /// <summary>Loads the seed articles (once per process) and checks that the three agree.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _seeds = SharedSetup.SeedCorpus;
        _interpreting = new QueryEngine(_seeds, new QueryEngineOptions { CacheSize = 0 });
        _compiling = new QueryEngine(_seeds, new QueryEngineOptions { CacheSize = 0, CompileAfterRuns = 0 });
        QueryWorkload.Agree(DictaInterpreted(), DictaCompiled(), LinqExpressionCompile());
        QueryWorkload.Agree(DictaInterpretedWithResidual(), DictaCompiledWithResidual(), LinqExpressionCompileWithResidual());
    }

    /// <summary>Dicta, as a one-off query runs: parse, bind, plan, and the index's candidates (no residual to test).</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("indexed")]
    public int DictaInterpreted() => _interpreting.Execute(Indexed).Items.Length;

    /// <summary>Dicta with compilation before the first run (nothing to compile: the indexes answer it all).</summary>
    [Benchmark]
    [BenchmarkCategory("indexed")]
    public int DictaCompiled() => _compiling.Execute(Indexed).Items.Length;

    /// <summary>
    /// The same condition as a C# lambda: the compiler's expression tree (built at run time), compiled, and a scan.
    /// Aliases and group members are what Dicta matches "Putin" against, so the lambda looks at them too.
    /// </summary>
    [Benchmark]
    [BenchmarkCategory("indexed")]
    public int LinqExpressionCompile()
    {
        Expression<Func<Statement, bool>> condition = s =>
            (s.Speaker.Name == "Putin" || s.Speaker.Aliases.Contains("Putin") || s.Speaker.Members.Any(m => m.Name == "Putin" || m.Aliases.Contains("Putin")))
            && s.Topics.Any(t => t.Slug == "taiwan");
        return _seeds.Statements.Where(condition.Compile()).ToList().Count;
    }

    /// <summary>Dicta, one-off: the speaker index, then the residual <c>text contains</c> interpreted on its candidates.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("with residual")]
    public int DictaInterpretedWithResidual() => _interpreting.Execute(WithResidual).Items.Length;

    /// <summary>Dicta with the residual compiled before the first run.</summary>
    [Benchmark]
    [BenchmarkCategory("with residual")]
    public int DictaCompiledWithResidual() => _compiling.Execute(WithResidual).Items.Length;

    /// <summary>The same condition as a compiled C# lambda, and a scan.</summary>
    [Benchmark]
    [BenchmarkCategory("with residual")]
    public int LinqExpressionCompileWithResidual()
    {
        Expression<Func<Statement, bool>> condition = s =>
            (s.Speaker.Name == "Putin" || s.Speaker.Aliases.Contains("Putin") || s.Speaker.Members.Any(m => m.Name == "Putin" || m.Aliases.Contains("Putin")))
            && s.Content.ToString().Contains("world", StringComparison.OrdinalIgnoreCase); // no spans in expression trees
        return _seeds.Statements.Where(condition.Compile()).ToList().Count;
    }
}
