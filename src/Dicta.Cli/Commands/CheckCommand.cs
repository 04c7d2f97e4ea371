using System.CommandLine;
using Dicta.Cli.Output;

namespace Dicta.Cli.Commands;

/// <summary><c>dicta check [--corpus PATH]…</c>: prints every diagnostic of the corpus; exit code 1 when any is an error.</summary>
internal static class CheckCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var corpusOption = new CorpusOption();
        var command = new Command("check", "Load the corpus and print its diagnostics: unreadable files, unbalanced quotes, missing dates.");
        corpusOption.AddTo(command);
        command.SetAction(result =>
        {
            var corpus = corpusOption.Load(result);
            DiagnosticWriter.Write(error, corpus.Diagnostics);
            var errors = corpus.Diagnostics.Count(d => d.IsError);
            output.WriteLine($"{corpus.ArticleCount} articles, {corpus.Diagnostics.Length} diagnostics, {errors} errors");
            return errors > 0 ? DictaCommandLine.InputErrors : DictaCommandLine.Success;
        });
        return command;
    }
}
