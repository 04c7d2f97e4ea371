using System.Collections.Concurrent;
using System.Runtime;
using BenchmarkDotNet.Analysers;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Validators;

namespace Dicta.Benchmarks.Reporting;

/// <summary>
/// Counts the methods the JIT compiled while a case's measured iterations ran (after its warm-up), in the benchmark
/// process: 0 means tiered compilation had finished, so the figures are steady state; a few dozen mean the warm-up was
/// too short and the mean mixes unoptimized code in. A benchmark that compiles code in every operation (an expression
/// tree, a regular expression) counts that too. Only meaningful when the cases run in the benchmark process (the
/// counter is the process's own), so only the <c>quick</c> configuration adds it.
/// </summary>
internal sealed class JitDiagnoser : IDiagnoser
{
    private static readonly MetricDescriptor Descriptor = new();

    private readonly ConcurrentDictionary<BenchmarkCase, long> _before = new();
    private readonly ConcurrentDictionary<BenchmarkCase, long> _compiled = new();

    /// <inheritdoc/>
    public IEnumerable<string> Ids => [nameof(JitDiagnoser)];

    /// <inheritdoc/>
    public IEnumerable<IExporter> Exporters => [];

    /// <inheritdoc/>
    public IEnumerable<IAnalyser> Analysers => [];

    /// <inheritdoc/>
    public RunMode GetRunMode(BenchmarkCase benchmarkCase) => RunMode.NoOverhead;

    /// <inheritdoc/>
    public bool RequiresBlockingAcknowledgments(BenchmarkCase benchmarkCase) => false;

    /// <inheritdoc/>
    public void Handle(HostSignal signal, DiagnoserActionParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        switch (signal)
        {
            case HostSignal.BeforeActualRun:
                _before[parameters.BenchmarkCase] = JitInfo.GetCompiledMethodCount();
                break;
            case HostSignal.AfterActualRun when _before.TryGetValue(parameters.BenchmarkCase, out var before):
                _compiled[parameters.BenchmarkCase] = JitInfo.GetCompiledMethodCount() - before;
                break;
        }
    }

    /// <inheritdoc/>
    public IEnumerable<Metric> ProcessResults(DiagnoserResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (_compiled.TryGetValue(results.BenchmarkCase, out var compiled))
        {
            yield return new Metric(Descriptor, compiled);
        }
    }

    /// <inheritdoc/>
    public void DisplayResults(ILogger logger)
    {
    }

    /// <inheritdoc/>
    public IEnumerable<ValidationError> Validate(ValidationParameters validationParameters) => [];

    /// <summary>The column: a count, not per operation, so that one late compilation shows.</summary>
    private sealed class MetricDescriptor : IMetricDescriptor
    {
        public string Id => nameof(JitDiagnoser);

        public string DisplayName => "JIT'd";

        public string Legend => "Methods the JIT compiled during the measured iterations (0: tiered compilation had finished before them)";

        public string NumberFormat => "0";

        public UnitType UnitType => UnitType.Dimensionless;

        public string Unit => "Count";

        public bool TheGreaterTheBetter => false;

        public int PriorityInCategory => 0;

        public bool GetIsAvailable(Metric metric) => true;
    }
}
