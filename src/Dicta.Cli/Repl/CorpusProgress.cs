using Dicta.Extraction.Loading;
using Dicta.Hosting;
using Dicta.Model;
using Spectre.Console;

namespace Dicta.Cli.Repl;

/// <summary>
/// Loads a corpus behind a Spectre progress bar (for the REPL's start and <c>:load</c>). The bar's length is an
/// estimate made before loading without reading any article: the number of <c>*.txt</c> files of a directory, the
/// lines of a JSON Lines file, one for a single file.
/// </summary>
internal static class CorpusProgress
{
    /// <summary>Loads the corpus <paramref name="options"/> describe, with a progress bar on <paramref name="console"/>.</summary>
    public static Corpus Load(IAnsiConsole console, DictaOptions options, string description)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(options);
        return console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(Markup.Escape(description), autoStart: true, maxValue: Math.Max(1, Estimate(options)));
                var corpus = CorpusFactory.Load(options, new LoadProgressReporter(task));
                task.Value = task.MaxValue;
                return corpus;
            });
    }

    /// <summary>How many articles loading <paramref name="options"/> will extract, roughly.</summary>
    public static int Estimate(DictaOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var sources = options.Sources.Count > 0 ? options.Sources : [new CorpusSource.Seeds()];
        return sources.Sum(source => source switch
        {
            CorpusSource.Seeds => ArticleSources.Seeds().Count(),
            CorpusSource.Path path => EstimatePath(path.Location),
            CorpusSource.Articles articles => articles.Inputs.TryGetNonEnumeratedCount(out var count) ? count : 0,
            _ => 0,
        });
    }

    private static int EstimatePath(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                return Directory.EnumerateFiles(path, "*.txt", SearchOption.AllDirectories).Count();
            }

            return File.Exists(path) && path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)
                ? File.ReadLines(path).Count(line => line.Length > 0)
                : 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The load itself reports the problem as a diagnostic; the estimate only sizes the bar.
            return 1;
        }
    }
}
