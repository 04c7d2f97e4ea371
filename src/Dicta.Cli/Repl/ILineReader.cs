namespace Dicta.Cli.Repl;

/// <summary>Where the REPL's input comes from: the line editor in a terminal, a reader for piped input, a script in tests.</summary>
internal interface ILineReader
{
    /// <summary>The next line, without its line break; null at the end of the input (Ctrl+D on an empty line).</summary>
    /// <exception cref="OperationCanceledException">The user pressed Ctrl+C while typing: the query typed so far is dropped.</exception>
    string? ReadLine(LineRequest request);
}
