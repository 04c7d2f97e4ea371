namespace Dicta.Cli.Repl;

/// <summary>Reads lines from a <see cref="TextReader"/> (piped standard input) with no prompt and no editing.</summary>
internal sealed class TextLineReader(TextReader reader) : ILineReader
{
    /// <inheritdoc/>
    public string? ReadLine(LineRequest request) => reader.ReadLine();
}
