using System.Globalization;
using Dicta.Model.Diagnostics;
using Spectre.Console;

namespace Dicta.Cli.Repl;

/// <summary>
/// Shows diagnostics in the REPL as a compiler would under the line typed: the line of the query, a caret line under
/// the span, then the severity, id and message (which carries the suggestion, "did you mean 'speaker'?").
/// </summary>
internal static class DiagnosticRenderer
{
    /// <summary>Writes each diagnostic; after <paramref name="limit"/> of them, how many more there are.</summary>
    public static void Render(IAnsiConsole console, IEnumerable<Diagnostic> diagnostics, int limit = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var shown = 0;
        foreach (var diagnostic in diagnostics)
        {
            if (shown++ == limit)
            {
                console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"… {diagnostics.Count() - limit} more diagnostics not shown")));
                return;
            }

            var colour = diagnostic.IsError ? "red" : diagnostic.Severity == DiagnosticSeverity.Warning ? "yellow" : "blue";
            if (Output.DiagnosticWriter.Excerpt(diagnostic.Location) is var (text, caret, width))
            {
                console.MarkupLine($"  {Markup.Escape(text)}");
                console.MarkupLine($"  {new string(' ', caret)}[{colour}]{new string('^', width)}[/]");
            }

            var severity = diagnostic.Severity switch
            {
                DiagnosticSeverity.Error => "error",
                DiagnosticSeverity.Warning => "warning",
                _ => "info",
            };
            console.MarkupLine($"[{colour}]{severity} {Markup.Escape(diagnostic.Id)}[/]: {Markup.Escape(diagnostic.Message)}");
        }
    }
}
