using System.Globalization;
using Dicta.Model.Diagnostics;
using Dicta.Model.Text;

namespace Dicta.Cli.Output;

/// <summary>
/// Prints diagnostics as compilers do: <c>path(line,col): error ID: message</c>, then the line and a caret under the
/// span. A long line is shown as a window around the span, so that a diagnostic of a megabyte query (or of an article
/// on one line) prints in a few hundred characters.
/// </summary>
internal static class DiagnosticWriter
{
    /// <summary>The longest excerpt of a line shown under a diagnostic.</summary>
    private const int MaxExcerpt = 160;

    /// <summary>How much of the line before the span a shortened excerpt keeps.</summary>
    private const int ContextBefore = 40;

    /// <summary>Writes each diagnostic with its source line and a marker under its span; after <paramref name="limit"/> of them, how many more there are.</summary>
    public static void Write(TextWriter writer, IEnumerable<Diagnostic> diagnostics, int limit = int.MaxValue)
    {
        var written = 0;
        foreach (var diagnostic in diagnostics)
        {
            if (written++ == limit)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dicta: {diagnostics.Count() - limit} more diagnostics not shown"));
                return;
            }

            writer.WriteLine(diagnostic.ToString());
            if (Excerpt(diagnostic.Location) is var (text, caret, width))
            {
                writer.WriteLine($"    {text}");
                writer.WriteLine($"    {new string(' ', caret)}{new string('^', width)}");
            }
        }
    }

    /// <summary>
    /// The printable excerpt of the line a diagnostic is on (the whole line, or a window of it with ellipses), the
    /// column of the caret in it and the caret's width; null when the diagnostic has no text.
    /// </summary>
    internal static (string Text, int Caret, int Width)? Excerpt(Location location)
    {
        if (location.Source is not { Length: > 0 } source)
        {
            return null;
        }

        var line = source.GetLine(location.GetLineSpan().Start.Line);
        var spanStart = Math.Clamp(location.Span.Start, line.Start, line.End);
        var (from, to) = (line.Start, line.End);
        if (to - from > MaxExcerpt)
        {
            from = Math.Max(line.Start, spanStart - ContextBefore);
            to = Math.Min(line.End, from + MaxExcerpt);
        }

        var text = Printable(source.ToString(TextSpan.FromBounds(from, to)));
        var caret = spanStart - from;
        if (from > line.Start)
        {
            text = "…" + text;
            caret++;
        }

        if (to < line.End)
        {
            text += "…";
        }

        var width = Math.Max(1, Math.Min(location.Span.End, to) - spanStart);
        return (text, caret, width);
    }

    /// <summary>
    /// The line with control and format characters (escape sequences, bidirectional overrides) and lone surrogates
    /// shown as spaces, one for one so that the caret stays under the span: a query must not drive the terminal or
    /// reorder what it shows.
    /// </summary>
    internal static string Printable(string line) =>
        string.Create(line.Length, line, static (chars, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                var paired = char.IsHighSurrogate(c) ? i + 1 < source.Length && char.IsLowSurrogate(source[i + 1])
                    : char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(source[i - 1]);
                var inert = !char.IsControl(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format && (!char.IsSurrogate(c) || paired);
                chars[i] = inert ? c : ' ';
            }
        });
}
