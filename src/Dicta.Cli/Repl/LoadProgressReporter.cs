using Dicta.Extraction;
using Spectre.Console;

namespace Dicta.Cli.Repl;

/// <summary>
/// Moves a Spectre progress task as articles are extracted. Reports arrive on the extraction threads and are applied at
/// once (unlike <see cref="Progress{T}"/>, which posts them later), so the bar is full when the load returns.
/// </summary>
internal sealed class LoadProgressReporter(ProgressTask task) : IProgress<LoadProgress>
{
    /// <inheritdoc/>
    public void Report(LoadProgress value)
    {
        if (value.ArticlesDone > task.Value)
        {
            task.Value = Math.Min(task.MaxValue, value.ArticlesDone);
        }
    }
}
