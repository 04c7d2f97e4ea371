using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using Dicta.Benchmarks.Reporting;
using Dicta.Extraction;
using Dicta.Extraction.Loading;
using Dicta.Model;

namespace Dicta.Benchmarks.Extraction;

/// <summary>
/// Extraction throughput on a synthetic corpus: the article pipeline on one thread, and the corpus loader (extraction
/// in parallel, then the corpus-wide speaker resolution and the corpus build) on one thread and on every core.
/// </summary>
[Config(typeof(Config))]
[GcServer(true)] // as the dicta command runs: the workstation GC keeps parallel extraction from scaling
public class ExtractionBenchmarks
{
    /// <summary>The seed of the corpus: fixed, so every run reads the same text.</summary>
    public const int Seed = 20261123;

    private ImmutableArray<ArticleInput> _inputs;

    /// <summary>The size of the corpus, in UTF-16 characters (the last article is whole, so the corpus is a little larger).</summary>
    [Params(250_000, 1_000_000)]
    public int Characters { get; set; }

    /// <summary>The degrees of parallelism the loader is measured with: one, and one per core.</summary>
    public static IEnumerable<int> ThreadCounts() => new[] { 1, Environment.ProcessorCount }.Distinct();

    /// <summary>Generates the corpus (once per process and size), outside the measured time.</summary>
    [GlobalSetup]
    public void GenerateCorpus() => _inputs = SharedSetup.Synthetic(Seed, Characters).Articles;

    /// <summary><see cref="ArticleExtractor.Extract(ArticleInput)"/> over every article, one after the other.</summary>
    /// <returns>The number of statements found, so that the work cannot be optimized away.</returns>
    [Benchmark]
    public int ExtractSingleThread()
    {
        var statements = 0;
        foreach (var input in _inputs)
        {
            statements += ArticleExtractor.Default.Extract(input).Article?.Statements.Length ?? 0;
        }

        return statements;
    }

    /// <summary><see cref="CorpusLoader.Load(IEnumerable{ArticleInput}, IProgress{LoadProgress}?, CancellationToken)"/> with <paramref name="threads"/> workers.</summary>
    [Benchmark]
    [ArgumentsSource(nameof(ThreadCounts))]
    public Corpus Load(int threads) =>
        new CorpusLoader(new LoadOptions { MaxDegreeOfParallelism = threads }).Load(_inputs);

    /// <summary>MB/s from the size of the corpus each case reads.</summary>
    private sealed class Config : ThroughputConfig
    {
        public Config()
            : base(CorpusBytes)
        {
        }

        /// <summary>The UTF-8 size of the corpus of a case: the generator is deterministic, so the host process generates it too.</summary>
        private static long? CorpusBytes(BenchmarkCase benchmarkCase)
        {
            var characters = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == nameof(Characters))?.Value;
            return characters is int count ? SharedSetup.Synthetic(Seed, count).Utf8ByteCount : null;
        }
    }
}
