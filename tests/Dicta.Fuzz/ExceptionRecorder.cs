namespace Dicta.Fuzz;

/// <summary>
/// Records the last exception thrown on this thread while it is alive, caught or not: the extractor catches a stage's
/// exception and reports it as a diagnostic, and the fuzzer still needs the exception and its stack.
/// </summary>
internal sealed class ExceptionRecorder : IDisposable
{
    private readonly int _thread = Environment.CurrentManagedThreadId;

    /// <summary>Starts recording.</summary>
    public ExceptionRecorder() => AppDomain.CurrentDomain.FirstChanceException += OnFirstChance;

    /// <summary>The last exception thrown on the recording thread, or null.</summary>
    public Exception? Last { get; private set; }

    /// <summary>Stops recording.</summary>
    public void Dispose() => AppDomain.CurrentDomain.FirstChanceException -= OnFirstChance;

    private void OnFirstChance(object? sender, System.Runtime.ExceptionServices.FirstChanceExceptionEventArgs e)
    {
        if (Environment.CurrentManagedThreadId == _thread)
        {
            Last = e.Exception;
        }
    }
}
