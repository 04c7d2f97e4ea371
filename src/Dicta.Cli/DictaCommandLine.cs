using System.CommandLine;
using Dicta.Cli.Commands;

namespace Dicta.Cli;

/// <summary>
/// The <c>dicta</c> command line: with no command, the REPL (or, with piped input, each query read from it);
/// <c>summary</c> prints what the corpus holds; <c>check</c> prints the corpus's diagnostics; <c>export</c> writes its
/// statements as JSON Lines; <c>query</c> runs one query. Exit codes: 0 success, 1 the input has errors, 2 bad command-line usage.
/// </summary>
public static class DictaCommandLine
{
    /// <summary>The exit code for success.</summary>
    public const int Success = 0;

    /// <summary>The exit code when the corpus or a query has errors.</summary>
    public const int InputErrors = 1;

    /// <summary>The exit code for bad command-line usage.</summary>
    public const int UsageError = 2;

    /// <summary>Parses <paramref name="args"/> and runs the command, writing to the given writers, with no input.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, DictaTerminal.Redirected(output, error));

    /// <summary>Parses <paramref name="args"/> and runs the command on <paramref name="terminal"/>'s streams.</summary>
    public static int Run(string[] args, DictaTerminal terminal)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(terminal);
        var (output, error) = (terminal.Output, terminal.Error);
        var root = new RootCommand("Dicta: who said what, about what, to whom, and through whom, across news coverage. With no command: the REPL.");
        ReplRootCommand.Configure(root, terminal);
        root.Add(SummaryCommand.Create(output));
        root.Add(CheckCommand.Create(output, error));
        root.Add(ExportCommand.Create(output, error));
        root.Add(QueryCommand.Create(output, error));

        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var parseError in result.Errors)
            {
                error.WriteLine($"dicta: {parseError.Message}");
            }

            error.WriteLine("Run 'dicta --help' for usage.");
            return UsageError;
        }

        return result.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
