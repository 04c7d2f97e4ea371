using System.CommandLine;
using Dicta.Cli.Output;

namespace Dicta.Cli.Commands;

/// <summary><c>dicta summary [--corpus PATH]…</c>: loads the corpus and prints what it holds (<c>:corpus</c> in the REPL).</summary>
internal static class SummaryCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(TextWriter output)
    {
        var corpusOption = new CorpusOption();
        var command = new Command("summary", "Load the corpus and print its totals and one line per article.");
        corpusOption.AddTo(command);
        command.SetAction(result =>
        {
            var corpus = corpusOption.Load(result);
            CorpusSummaryWriter.Write(output, corpus, corpusOption.Describe(result));
            return DictaCommandLine.Success;
        });
        return command;
    }
}
