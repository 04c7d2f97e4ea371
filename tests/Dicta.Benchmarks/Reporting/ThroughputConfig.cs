using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Running;

namespace Dicta.Benchmarks.Reporting;

/// <summary>
/// The configuration of throughput benchmarks: the default jobs and columns, plus the fastest operation, MB/s, MB/s per core and allocations.
/// </summary>
public abstract class ThroughputConfig : ManualConfig
{
    /// <summary>Adds the throughput columns, for a benchmark that reads <paramref name="bytesPerOperation"/> bytes an operation.</summary>
    protected ThroughputConfig(Func<BenchmarkCase, long?> bytesPerOperation)
    {
        // The fastest operation beside the mean: on a shared machine it tells the code's speed from the neighbours' load.
        AddColumn(StatisticColumn.Min);
        AddColumn(new ThroughputColumn(bytesPerOperation, perCore: false), new ThroughputColumn(bytesPerOperation, perCore: true));
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
