using System.CommandLine;
using Dicta.Cli.Output;

namespace Dicta.Cli.Commands;

/// <summary>
/// <c>dicta export [--corpus PATH]… [--output FILE]</c>: every statement as one JSON line with the gold format's fields.
/// Diagnostics go to standard error; the exit code is 1 when the corpus has errors.
/// </summary>
internal static class ExportCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var corpusOption = new CorpusOption();
        var outputOption = new Option<FileInfo?>("--output", "-o")
        {
            Description = "Write the JSON Lines to this file instead of standard output.",
        };
        var command = new Command("export", "Write every statement of the corpus as JSON Lines (the fields of the gold format).")
        {
            outputOption,
        };
        corpusOption.AddTo(command);
        command.SetAction(result =>
        {
            var corpus = corpusOption.Load(result);
            if (result.GetValue(outputOption) is { } file)
            {
                using var writer = new StreamWriter(file.FullName, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                StatementJsonWriter.WriteLines(writer, corpus.Statements);
            }
            else
            {
                StatementJsonWriter.WriteLines(output, corpus.Statements);
            }

            var errors = corpus.Diagnostics.Where(d => d.IsError).ToList();
            DiagnosticWriter.Write(error, errors);
            return errors.Count > 0 ? DictaCommandLine.InputErrors : DictaCommandLine.Success;
        });
        return command;
    }
}
