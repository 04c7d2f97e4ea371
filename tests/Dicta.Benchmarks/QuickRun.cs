using System.Diagnostics;
using System.Reflection;
using System.Runtime;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Dicta.Benchmarks.Query;
using Dicta.Benchmarks.Reporting;

namespace Dicta.Benchmarks;

/// <summary>
/// The <c>quick</c> command: every benchmark (or those <c>--filter</c> selects) with <see cref="QuickConfig"/>, in the
/// benchmark process, in a few minutes. BenchmarkDotNet's other options pass through.
/// </summary>
/// <remarks>
/// In the benchmark process a case runs under the process's garbage collector, whatever its job says: BenchmarkDotNet
/// labels a <c>[GcServer(true)]</c> case <c>Server=True</c> and runs it under the workstation GC of this project. So
/// the classes that ask for the server GC (the extraction benchmarks) run first, in a second process of this program
/// started with <c>DOTNET_gcServer=1</c> (<see cref="ServerGcVerb"/>), and the rest here, under the workstation GC
/// their figures were taken with. The classes that share the million-statement corpus run last, so that it is alive
/// only while they run.
/// </remarks>
internal static class QuickRun
{
    /// <summary>The command line verb.</summary>
    public const string Verb = "quick";

    /// <summary>The verb of the second process: the classes that ask for the server GC, in a process that has it.</summary>
    public const string ServerGcVerb = "quick-server-gc";

    /// <summary>The classes that share the million-statement corpus (<see cref="SharedSetup.Workload"/>), in their order at the end of the run.</summary>
    private static readonly Type[] RunLast = [typeof(ScanQueryBenchmarks), typeof(IndexedQueryBenchmarks)];

    /// <summary>Runs <c>quick</c>.</summary>
    /// <returns>0 when every selected case ran; 1 when one failed (an exception, a setup whose answers disagree); 2 for bad usage.</returns>
    public static int Run(string[] args)
    {
        var benchmarkTypes = BenchmarkTypes();
        if (!Runs(args))
        {
            // --list, --help, --info: BenchmarkDotNet answers, nothing runs.
            BenchmarkSwitcher.FromTypes(benchmarkTypes).Run(args, new QuickConfig());
            return 0;
        }

        args = WithFilter(args);
        var selected = benchmarkTypes.Where(t => Selects(t, args)).ToArray();
        if (selected.Length == 0)
        {
            // Let BenchmarkDotNet say that the filter matched nothing, and list what it could have matched.
            BenchmarkSwitcher.FromTypes(benchmarkTypes).Run(args, new QuickConfig());
            return 2;
        }

        var exitCode = 0;
        var serverGc = selected.Where(AsksForServerGc).ToArray();
        if (serverGc.Length > 0 && !GCSettings.IsServerGC)
        {
            exitCode = RunWithServerGc(args);
            selected = [.. selected.Except(serverGc)];
        }

        if (selected.Length > 0 && !Succeeded(BenchmarkSwitcher.FromTypes(selected).Run(args, new QuickConfig())))
        {
            exitCode = 1;
        }

        return exitCode;
    }

    /// <summary>Runs <see cref="ServerGcVerb"/>: the selected classes that ask for the server GC, in this process.</summary>
    /// <returns>As <see cref="Run"/>; 2 when this process does not run the server GC.</returns>
    public static int RunServerGc(string[] args)
    {
        if (!GCSettings.IsServerGC)
        {
            Console.Error.WriteLine($"{ServerGcVerb} runs the server-GC benchmarks of `{Verb}`, in a process started with DOTNET_gcServer=1");
            return 2;
        }

        var selected = BenchmarkTypes().Where(t => AsksForServerGc(t) && Selects(t, args)).ToArray();
        return selected.Length == 0 || Succeeded(BenchmarkSwitcher.FromTypes(selected).Run(args, new QuickConfig())) ? 0 : 1;
    }

    /// <summary>The benchmark classes of this assembly, in the order of the run.</summary>
    private static Type[] BenchmarkTypes() =>
    [
        .. typeof(QuickRun).Assembly.GetTypes()
            .Where(t => t.IsPublic && !t.IsAbstract && t.GetMethods().Any(m => m.IsDefined(typeof(BenchmarkAttribute))))
            .OrderBy(t => Array.IndexOf(RunLast, t))
            .ThenBy(t => t.FullName, StringComparer.Ordinal),
    ];

    private static bool AsksForServerGc(Type type) =>
        type.GetCustomAttributes<GcServerAttribute>().Any(a => a.Config.GetJobs().Any(j => j.Environment.Gc.Server));

    /// <summary>Whether the options make BenchmarkDotNet run benchmarks (not list them, or print help or host information).</summary>
    private static bool Runs(string[] args) =>
        !args.Any(a => a is "--list" or "--help" or "-h" or "-?" or "--info" or "--version");

    /// <summary>The arguments, with <c>--filter *</c> when they have no filter: without one BenchmarkDotNet asks on the console.</summary>
    private static string[] WithFilter(string[] args) => Filters(args).Length > 0 ? args : [.. args, "--filter", "*"];

    /// <summary>Whether the <c>--filter</c> patterns select a case of <paramref name="type"/>, by BenchmarkDotNet's own glob filter.</summary>
    private static bool Selects(Type type, string[] args)
    {
        var filter = new GlobFilter(Filters(args));
        return BenchmarkConverter.TypeToBenchmarks(type).BenchmarksCases.Any(filter.Predicate);
    }

    /// <summary>The patterns after <c>--filter</c> (or <c>-f</c>), up to the next option.</summary>
    private static string[] Filters(string[] args) =>
    [
        .. args
            .SkipWhile(a => a is not ("--filter" or "-f"))
            .Skip(1)
            .TakeWhile(a => !a.StartsWith('-')),
    ];

    /// <summary>Runs <see cref="ServerGcVerb"/> in a second process of this program, with the server GC, and waits for it.</summary>
    private static int RunWithServerGc(string[] args)
    {
        var host = Environment.ProcessPath ?? throw new InvalidOperationException("The path of this process is unknown.");
        var start = new ProcessStartInfo(host) { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            // `dotnet Dicta.Benchmarks.dll`: the muxer needs the assembly again (`dotnet run` starts the apphost instead).
            start.ArgumentList.Add(typeof(QuickRun).Assembly.Location);
        }

        start.ArgumentList.Add(ServerGcVerb);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_gcServer"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {host}.");
        process.WaitForExit();
        return process.ExitCode;
    }

    private static bool Succeeded(IEnumerable<Summary> summaries) =>
        summaries.All(s => !s.HasCriticalValidationErrors && s.Reports.All(r => r.Success));
}
