namespace Dicta.Cli;

/// <summary>The standard streams <c>dicta</c> runs with, and whether they are terminals (which decides REPL or piped input).</summary>
/// <param name="Input">Standard input.</param>
/// <param name="Output">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="InputIsTerminal">True when standard input is a terminal (the REPL reads keys); false when it is piped.</param>
/// <param name="OutputIsTerminal">True when standard output is a terminal (colours and line editing are fine).</param>
public sealed record DictaTerminal(TextReader Input, TextWriter Output, TextWriter Error, bool InputIsTerminal, bool OutputIsTerminal)
{
    /// <summary>The process's console streams.</summary>
    public static DictaTerminal FromConsole() =>
        new(Console.In, Console.Out, Console.Error, !Console.IsInputRedirected, !Console.IsOutputRedirected);

    /// <summary>Writers with no input behind them: commands run, and the REPL reads an empty input and ends.</summary>
    public static DictaTerminal Redirected(TextWriter output, TextWriter error) => new(TextReader.Null, output, error, false, false);
}
