using System.CommandLine;
using Dicta.Cli.Output;
using Dicta.Cli.Repl;
using Dicta.Hosting;
using Dicta.Model;
using Dicta.Model.Diagnostics;
using Spectre.Console;

namespace Dicta.Cli.Commands;

/// <summary>
/// <c>dicta [--corpus PATH]… [--format F] [--param name=value]… [--history FILE]</c> with no command: the REPL on the
/// corpus when standard input is a terminal; when it is piped, each query read from it runs in turn and its result is
/// written in <c>--format</c>, with diagnostics on standard error (exit code 1 when a query or the corpus has errors).
/// </summary>
internal static class ReplRootCommand
{
    /// <summary>Makes the REPL the root command's action.</summary>
    public static void Configure(RootCommand root, DictaTerminal terminal)
    {
        var corpusOption = new CorpusOption();
        var formatOption = new FormatOption();
        var parameterOption = new ParameterOption();
        var historyOption = new Option<FileInfo?>("--history")
        {
            Description = "The file the REPL keeps its history in. Default: dicta/history under the user's application data directory.",
        };
        corpusOption.AddTo(root);
        formatOption.AddTo(root);
        parameterOption.AddTo(root);
        root.Add(historyOption);
        root.SetAction(result =>
        {
            var options = corpusOption.ToOptions(result);
            var interactive = terminal.InputIsTerminal;
            var console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(terminal.Output),
                Ansi = terminal.OutputIsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
                ColorSystem = terminal.OutputIsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
                Interactive = interactive && terminal.OutputIsTerminal ? InteractionSupport.Yes : InteractionSupport.No,
            });
            var corpus = interactive ? CorpusProgress.Load(console, options, "loading " + corpusOption.Describe(result)) : CorpusFactory.Load(options);
            ReportCorpusErrors(console, terminal.Error, corpus, interactive);

            // :load extracts with the lexicons the corpus was loaded with; extend them once, not on every :load.
            var lexicons = CorpusFactory.ExtendLexicons(options.Lexicons, options.LexiconFiles, new List<Diagnostic>());
            DictaOptions NewOptions() => new DictaOptions().UseLexicons(lexicons).UseLoading(options.Loading);
            var settings = new ReplSettings
            {
                Interactive = interactive,
                Format = formatOption.Value(result),
                Parameters = parameterOption.Values(result),
                Origin = corpusOption.Describe(result),
            };
            if (!interactive)
            {
                var piped = new ReplSession(console, terminal.Error, new TextLineReader(terminal.Input), corpus, settings, NewOptions, () => new CancellationTokenSource());
                var code = piped.Run();
                return corpus.Diagnostics.Any(d => d.IsError) ? DictaCommandLine.InputErrors : code;
            }

            var history = LineHistory.Open(result.GetValue(historyOption)?.FullName ?? LineHistory.DefaultPath);
            ILineReader reader = terminal.OutputIsTerminal ? new ConsoleLineEditor(terminal.Output, history) : new TextLineReader(terminal.Input);
            using var interrupt = new CancelKeyInterrupt();
            return new ReplSession(console, terminal.Error, reader, corpus, settings, NewOptions, interrupt.Next).Run();
        });
    }

    private static void ReportCorpusErrors(IAnsiConsole console, TextWriter error, Corpus corpus, bool interactive)
    {
        var errors = corpus.Diagnostics.Where(d => d.IsError).ToList();
        if (errors.Count == 0)
        {
            return;
        }

        if (interactive)
        {
            console.MarkupLine($"[red]The corpus has {errors.Count} errors[/] (:diagnostics lists them).");
        }
        else
        {
            DiagnosticWriter.Write(error, errors);
        }
    }
}
