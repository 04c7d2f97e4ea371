using Dicta.Model.Diagnostics;

namespace Dicta.Cli.Output;

/// <summary>Prints diagnostics as compilers do: <c>path(line,col): error ID: message</c>, then the line and a caret under the span.</summary>
internal static class DiagnosticWriter
{
    /// <summary>Writes each diagnostic with its source line and a marker under its span.</summary>
    public static void Write(TextWriter writer, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            writer.WriteLine(diagnostic.ToString());
            if (diagnostic.Location.Source is { Length: > 0 } source)
            {
                var start = diagnostic.Location.GetLineSpan().Start;
                var line = source.GetLine(start.Line);
                var text = source.ToString(line.Span);
                var width = Math.Max(1, Math.Min(diagnostic.Location.Span.Length, line.End - diagnostic.Location.Span.Start));
                writer.WriteLine($"    {Printable(text)}");
                writer.WriteLine($"    {new string(' ', start.Character)}{new string('^', width)}");
            }
        }
    }

    /// <summary>The line with control characters shown as spaces, so the caret stays under the span.</summary>
    private static string Printable(string line) =>
        string.Create(line.Length, line, static (chars, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                chars[i] = char.IsControl(source[i]) ? ' ' : source[i];
            }
        });
}
