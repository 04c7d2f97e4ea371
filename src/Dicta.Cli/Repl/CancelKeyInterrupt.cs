namespace Dicta.Cli.Repl;

/// <summary>
/// Ctrl+C while a query runs: cancels that query's token instead of ending the process (<c>e.Cancel = true</c>).
/// While a line is being typed the line editor reads Ctrl+C as a key, so this handler only sees it during a query.
/// </summary>
internal sealed class CancelKeyInterrupt : IDisposable
{
    private readonly Lock _gate = new();
    private CancellationTokenSource? _current;

    /// <summary>Starts listening to Ctrl+C.</summary>
    public CancelKeyInterrupt() => Console.CancelKeyPress += OnCancelKeyPress;

    /// <summary>A cancellation source for the next query; Ctrl+C cancels it until the next one is made.</summary>
    public CancellationTokenSource Next()
    {
        var source = new CancellationTokenSource();
        lock (_gate)
        {
            _current = source;
        }

        return source;
    }

    /// <summary>Stops listening.</summary>
    public void Dispose() => Console.CancelKeyPress -= OnCancelKeyPress;

    private void OnCancelKeyPress(object? sender, ConsoleCancelEventArgs e)
    {
        e.Cancel = true;
        lock (_gate)
        {
            try
            {
                _current?.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // The query had already finished and disposed its source: nothing is running to cancel.
            }
        }
    }
}
