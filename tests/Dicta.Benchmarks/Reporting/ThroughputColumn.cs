using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Dicta.Benchmarks.Reporting;

/// <summary>
/// A summary column of throughput in MB/s (10^6 bytes of UTF-8 text a second): the bytes one operation reads over its
/// mean time. Per core, the throughput is divided by the benchmark's <c>threads</c> argument (1 when it has none), so
/// that single-threaded and parallel runs compare directly.
/// </summary>
public sealed class ThroughputColumn : IColumn
{
    /// <summary>The name of the benchmark argument that gives the degree of parallelism.</summary>
    public const string ThreadsParameter = "threads";

    private readonly Func<BenchmarkCase, long?> _bytesPerOperation;
    private readonly bool _perCore;
    private readonly ConcurrentDictionary<BenchmarkCase, long?> _bytes = new();

    /// <summary>Creates the column.</summary>
    /// <param name="bytesPerOperation">How many bytes one operation of a benchmark case reads; null when unknown.</param>
    /// <param name="perCore">Whether to divide by the degree of parallelism.</param>
    public ThroughputColumn(Func<BenchmarkCase, long?> bytesPerOperation, bool perCore)
    {
        _bytesPerOperation = bytesPerOperation;
        _perCore = perCore;
    }

    /// <inheritdoc/>
    public string Id => nameof(ThroughputColumn) + (_perCore ? ".PerCore" : ".Total");

    /// <inheritdoc/>
    public string ColumnName => _perCore ? "MB/s/core" : "MB/s";

    /// <inheritdoc/>
    public bool AlwaysShow => true;

    /// <inheritdoc/>
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc/>
    public int PriorityInCategory => _perCore ? 1 : 0;

    /// <inheritdoc/>
    public bool IsNumeric => true;

    /// <inheritdoc/>
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc/>
    public string Legend => _perCore
        ? "Throughput divided by the degree of parallelism (the threads argument; 1 when absent)"
        : "Throughput: MB (10^6 bytes of UTF-8 text) read per second, from the mean time of one operation";

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
        GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        var meanNanoseconds = summary[benchmarkCase]?.ResultStatistics?.Mean;
        var bytes = _bytes.GetOrAdd(benchmarkCase, _bytesPerOperation);
        if (meanNanoseconds is not > 0 || bytes is null)
        {
            return "NA";
        }

        var megabytesPerSecond = bytes.Value / 1e6 / (meanNanoseconds.Value / 1e9);
        if (_perCore)
        {
            megabytesPerSecond /= Threads(benchmarkCase);
        }

        return megabytesPerSecond.ToString("N2", CultureInfo.InvariantCulture);
    }

    /// <inheritdoc/>
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc/>
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    private static int Threads(BenchmarkCase benchmarkCase)
    {
        var threads = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == ThreadsParameter)?.Value;
        return threads is int count and > 0 ? count : 1;
    }
}
