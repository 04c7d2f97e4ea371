using SharpFuzz;

namespace Dicta.Fuzz;

/// <summary>
/// The fuzz targets' entry point. <c>Dicta.Fuzz TARGET</c> hands the target to SharpFuzz, which reads inputs from AFL++
/// (or, outside AFL++, runs one input from standard input); <c>Dicta.Fuzz TARGET FILE-OR-DIRECTORY…</c> replays saved
/// inputs without a fuzzer and prints the exception of each one that fails, to turn a finding into a test.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length == 0 || FuzzTargets.Find(args[0]) is not { } target)
        {
            Console.Error.WriteLine($"usage: Dicta.Fuzz ({string.Join(" | ", FuzzTargets.Names)}) [FILE-OR-DIRECTORY...]");
            return 2;
        }

        if (args.Length > 1)
        {
            return Replay.Run(target, args[1..], Console.Out);
        }

        // Out of process: a stack overflow or a crash of the runtime is reported to AFL++ as a crash of that input,
        // where in-process it would take the fuzzer's loop down with it.
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            target(buffer.ToArray());
        });
        return 0;
    }
}
