using Dicta.Model.Diagnostics;
using Spectre.Console;

namespace Dicta.Cli.Repl;

/// <summary>
/// Shows diagnostics in the REPL as a compiler would under the line typed: the line of the query, a caret line under
/// the span, then the severity, id and message (which carries the suggestion, "did you mean 'speaker'?").
/// </summary>
internal static class DiagnosticRenderer
{
    /// <summary>Writes each diagnostic.</summary>
    public static void Render(IAnsiConsole console, IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(diagnostics);
        foreach (var diagnostic in diagnostics)
        {
            var colour = diagnostic.IsError ? "red" : diagnostic.Severity == DiagnosticSeverity.Warning ? "yellow" : "blue";
            if (diagnostic.Location.Source is { Length: > 0 } source)
            {
                var start = diagnostic.Location.GetLineSpan().Start;
                var line = source.GetLine(start.Line);
                var text = new string([.. source.ToString(line.Span).Select(c => char.IsControl(c) ? ' ' : c)]);
                var width = Math.Max(1, Math.Min(diagnostic.Location.Span.Length, line.End - diagnostic.Location.Span.Start));
                console.MarkupLine($"  {Markup.Escape(text)}");
                console.MarkupLine($"  {new string(' ', start.Character)}[{colour}]{new string('^', width)}[/]");
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
