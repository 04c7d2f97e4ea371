using System.Globalization;
using BenchmarkDotNet.Running;
using Dicta.Benchmarks.Synthetic;
using Dicta.Extraction.Loading;

namespace Dicta.Benchmarks;

/// <summary>
/// Runs the benchmarks chosen on the command line (<c>--filter</c>, <c>--job</c>, ...); with <c>quick [OPTIONS]</c>
/// runs them all (or those <c>--filter</c> selects) in a few minutes, in process, with a short job (<see cref="QuickRun"/>); with
/// <c>generate DIR CHARACTERS [SEED]</c> writes the synthetic corpus as text files, to try the tool on; with
/// <c>memory [STATEMENTS]...</c> measures the memory of model-level corpora (10k, 100k and 1M statements by default);
/// with <c>stress [THREADS] [QUERIES-PER-THREAD] [STATEMENTS]</c> runs queries on one engine from many threads
/// (16 × 10,000 on 10,000 statements by default) and checks every answer against a sequential run; see README.md.
/// </summary>
public static class Program
{
    /// <summary>The entry point.</summary>
    /// <returns>
    /// The exit code: 0 on success, 1 when <c>stress</c> found a wrong answer or a <c>quick</c> case failed, 2 for bad
    /// usage of a command.
    /// </returns>
    public static int Main(string[] args)
    {
        if (args is [QuickRun.Verb, ..])
        {
            return QuickRun.Run(args[1..]);
        }

        if (args is [QuickRun.ServerGcVerb, ..])
        {
            return QuickRun.RunServerGc(args[1..]);
        }

        if (args is ["generate", ..])
        {
            return Generate(args[1..]);
        }

        if (args is ["memory", ..])
        {
            return Memory(args[1..]);
        }

        if (args is ["stress", ..])
        {
            return Stress(args[1..]);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }

    private static int Generate(string[] args)
    {
        if (args is not [var directory, var size, ..] ||
            !long.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out var characters) ||
            !TryParseSeed(args, out var seed))
        {
            Console.Error.WriteLine("usage: generate DIR CHARACTERS [SEED]");
            return 2;
        }

        var corpus = SyntheticCorpus.OfSize(seed, characters);
        Directory.CreateDirectory(directory);
        foreach (var article in corpus.Articles.OfType<TextArticleInput>())
        {
            File.WriteAllText(Path.Combine(directory, article.Id), article.Text);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{corpus.Articles.Length} articles, {corpus.Utf8ByteCount} bytes in {directory}"));
        return 0;
    }

    private static int Memory(string[] args)
    {
        var sizes = new List<int>();
        foreach (var arg in args.Length == 0 ? ["10000", "100000", "1000000"] : args)
        {
            if (!int.TryParse(arg, NumberStyles.None, CultureInfo.InvariantCulture, out var size) || size == 0)
            {
                Console.Error.WriteLine("usage: memory [STATEMENTS]...");
                return 2;
            }

            sizes.Add(size);
        }

        Console.WriteLine(Model.ModelMemory.Header);
        foreach (var size in sizes)
        {
            Model.ModelMemory.Measure(size, Console.Out);
        }

        return 0;
    }

    private static int Stress(string[] args)
    {
        var numbers = new[] { 16, 10_000, 10_000 };
        for (var i = 0; i < args.Length; i++)
        {
            if (i >= numbers.Length || !int.TryParse(args[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]) || numbers[i] == 0)
            {
                Console.Error.WriteLine("usage: stress [THREADS] [QUERIES-PER-THREAD] [STATEMENTS]");
                return 2;
            }
        }

        return Query.ConcurrentQueryStress.Run(numbers[0], numbers[1], numbers[2], Console.Out);
    }

    private static bool TryParseSeed(string[] args, out int seed)
    {
        seed = Extraction.ExtractionBenchmarks.Seed;
        return args.Length < 3 || int.TryParse(args[2], NumberStyles.None, CultureInfo.InvariantCulture, out seed);
    }
}
