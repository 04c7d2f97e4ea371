using System.Collections.Concurrent;
using Dicta.Benchmarks.Model;
using Dicta.Benchmarks.Query;
using Dicta.Benchmarks.Synthetic;
using Dicta.Extraction;
using Dicta.Model;

namespace Dicta.Benchmarks;

/// <summary>
/// The expensive inputs of the benchmarks' setups, built once per process and shared by every case that asks for the
/// same one: a million-statement corpus takes about 12 s to build and its DuckDB table longer to load, and when the
/// cases run in the benchmark process (<c>quick</c>, <c>--inProcess</c>) every case would otherwise build them again.
/// When BenchmarkDotNet runs each case in a process of its own (its default), each process builds what its case asks
/// for once, as before.
/// </summary>
/// <remarks>
/// Everything held here is immutable or, for the DuckDB tables, only read, so sharing cannot change what a case
/// measures; the generators are deterministic, so a shared input equals the one a case would have built. The inputs
/// stay alive until the process exits (the DuckDB tables are closed then): a benchmark run is one short-lived process.
/// </remarks>
internal static class SharedSetup
{
    private static readonly ConcurrentDictionary<(int Statements, int Seed), Lazy<QueryWorkload>> Workloads = new();
    private static readonly ConcurrentDictionary<(int Statements, int Seed), Lazy<DuckDbStatements>> DuckDbTables = new();
    private static readonly ConcurrentDictionary<(int Seed, long Characters), Lazy<SyntheticCorpus>> SyntheticCorpora = new();
    private static readonly Lazy<Corpus> Seeds = new(() => new CorpusLoader().LoadSeeds());

    /// <summary>The query workload over a <see cref="StatementCorpus"/> of <paramref name="statements"/> statements.</summary>
    public static QueryWorkload Workload(int statements, int seed = StatementCorpus.DefaultSeed) =>
        Workloads.GetOrAdd((statements, seed), key => new(() => new QueryWorkload(key.Statements, key.Seed))).Value;

    /// <summary>The statements of <see cref="Workload"/>'s corpus as a DuckDB table.</summary>
    public static DuckDbStatements DuckDb(int statements, int seed = StatementCorpus.DefaultSeed) =>
        DuckDbTables.GetOrAdd((statements, seed), key => new(() => new DuckDbStatements(Workload(key.Statements, key.Seed).Corpus))).Value;

    /// <summary>The synthetic text corpus of <paramref name="characters"/> characters (<see cref="SyntheticCorpus.OfSize"/>).</summary>
    public static SyntheticCorpus Synthetic(int seed, long characters) =>
        SyntheticCorpora.GetOrAdd((seed, characters), key => new(() => SyntheticCorpus.OfSize(key.Seed, key.Characters))).Value;

    /// <summary>The seed articles, extracted (<see cref="CorpusLoader.LoadSeeds"/>).</summary>
    public static Corpus SeedCorpus => Seeds.Value;
}
