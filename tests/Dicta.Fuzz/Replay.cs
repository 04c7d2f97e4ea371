namespace Dicta.Fuzz;

/// <summary>Runs a target on saved inputs (AFL++'s crashes and hangs, or a seed directory) without a fuzzer.</summary>
internal static class Replay
{
    /// <summary>Runs <paramref name="target"/> on each file (directories: each file in them); 1 when any fails.</summary>
    public static int Run(Action<byte[]> target, IEnumerable<string> paths, TextWriter output)
    {
        var files = paths.SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p).Order(StringComparer.Ordinal) : (IEnumerable<string>)[p]).ToList();
        var failures = 0;
        foreach (var file in files)
        {
            try
            {
                target(File.ReadAllBytes(file));
            }
#pragma warning disable CA1031 // Replaying reports whatever an input throws, and goes on with the next input.
            catch (Exception e)
#pragma warning restore CA1031
            {
                failures++;
                output.WriteLine($"FAIL {file}");
                output.WriteLine(e);
            }
        }

        output.WriteLine($"{files.Count - failures} passed, {failures} failed");
        return failures == 0 ? 0 : 1;
    }
}
