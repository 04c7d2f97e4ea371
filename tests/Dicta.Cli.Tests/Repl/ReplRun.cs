using Dicta.Cli.Output;
using Dicta.Cli.Repl;
using Dicta.Hosting;
using Dicta.Model;
using Spectre.Console;

namespace Dicta.Cli.Tests.Repl;

/// <summary>One REPL session driven by a script, with what it printed (no colours, a wide console).</summary>
internal sealed record ReplRun(int ExitCode, string Output, string Error, ScriptedLineReader Reader, Corpus FinalCorpus)
{
    /// <summary>The seed corpus, loaded once for every test.</summary>
    public static Corpus Seeds { get; } = CorpusFactory.Load(new DictaOptions());

    public static ReplRun Of(params string[] lines) => Run(lines);

    public static ReplRun Run(
        string[] lines,
        bool interactive = true,
        OutputFormat format = OutputFormat.Table,
        Func<CancellationTokenSource>? newCancellation = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 240;
        var reader = new ScriptedLineReader(lines);
        var session = new ReplSession(
            console,
            error,
            reader,
            Seeds,
            new ReplSettings { Interactive = interactive, Format = format },
            () => new DictaOptions(),
            newCancellation ?? (() => new CancellationTokenSource()));
        var exitCode = session.Run();
        return new ReplRun(exitCode, output.ToString(), error.ToString(), reader, session.Corpus);
    }
}
