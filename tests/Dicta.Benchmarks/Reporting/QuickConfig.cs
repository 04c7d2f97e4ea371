using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace Dicta.Benchmarks.Reporting;

/// <summary>
/// The configuration of the <c>quick</c> run: BenchmarkDotNet's defaults (loggers, exporters, validators), and one job
/// that runs every case in the benchmark process (no project to build, no process per case, setup shared through
/// <see cref="SharedSetup"/>) with a warm-up of a few seconds, few measured iterations, and no forced collection between
/// iterations. The classes' own configurations still add their columns and the memory diagnoser;
/// <see cref="JitDiagnoser"/> shows, case by case, whether the warm-up was long enough. The job is the default job, so
/// <c>--warmupCount</c>, <c>--iterationCount</c>, <c>--iterationTime</c> and the like given on the command line adjust it.
/// </summary>
internal sealed class QuickConfig : ManualConfig
{
    /// <summary>
    /// Warm-up iterations. A short operation repeats for <see cref="IterationTime"/> in each, so it warms up for 2.5 s:
    /// tiered compilation (tier 0, instrumented tier 0, tier 1, each step after 30 calls and a quiet 100 ms, compiled
    /// in the background) needs a few seconds of steady calls to finish; BenchmarkDotNet's short job (3 iterations)
    /// leaves much of the extraction pipeline unoptimized. An operation longer than an iteration warms up 10 times.
    /// </summary>
    public const int WarmupCount = 10;

    /// <summary>Measured iterations, as in BenchmarkDotNet's short job: a mean and a minimum, not a tight error.</summary>
    public const int IterationCount = 3;

    /// <summary>The target time of one iteration (BenchmarkDotNet's default is 500 ms).</summary>
    public static readonly TimeInterval IterationTime = TimeInterval.FromMilliseconds(250);

    /// <summary>Creates the configuration.</summary>
    public QuickConfig()
    {
        Add(DefaultConfig.Instance);
        // No forced full collection before each iteration: with the million-statement corpus alive one costs about a
        // second, several times the iteration itself. An iteration may pay for the garbage of the one before it.
        AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(WarmupCount)
            .WithIterationCount(IterationCount)
            .WithIterationTime(IterationTime)
            .WithGcForce(false)
            .WithId("Quick")
            .AsDefault());
        AddDiagnoser(MemoryDiagnoser.Default, new JitDiagnoser());
    }
}
