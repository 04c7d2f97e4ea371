using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Order;

namespace Dicta.Benchmarks.Query;

/// <summary>
/// The configuration of the side-by-side query benchmarks: Dicta's method is the baseline of each category, so the
/// <c>Ratio</c> column reads "how many times slower the alternative is"; the fastest operation beside the mean (on a
/// shared machine it tells the code's speed from the neighbours' load), and allocations.
/// </summary>
public sealed class QueryConfig : ManualConfig
{
    /// <summary>Creates the configuration.</summary>
    public QueryConfig()
    {
        AddColumn(StatisticColumn.Min);
        AddDiagnoser(MemoryDiagnoser.Default);
        AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByCategory);
        WithOrderer(new DefaultOrderer(SummaryOrderPolicy.Declared));
    }
}
