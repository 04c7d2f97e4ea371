using System.Globalization;
using System.Text;

namespace Dicta.Cli.Output;

/// <summary>
/// Writes a <see cref="ResultGrid"/> as an aligned plain-text table: a header, a rule, one line per row. Cells are
/// shown on one line (line breaks become spaces) and cut at <see cref="MaxCellWidth"/> with an ellipsis, so that a
/// long quote does not push the citation off the screen.
/// </summary>
internal static class TableWriter
{
    /// <summary>The widest a cell is shown.</summary>
    public const int MaxCellWidth = 90;

    /// <summary>Writes the table, then a line saying how many rows there are.</summary>
    public static void Write(TextWriter writer, ResultGrid grid)
    {
        var cells = grid.Rows.Select(row => row.Select(value => Cell(ValueText.Format(value))).ToArray()).ToList();
        var widths = grid.Columns.Select((column, i) => cells.Select(row => row[i].Length).Append(column.Length).Max()).ToArray();
        WriteLine(writer, grid.Columns, widths);
        writer.WriteLine(string.Join("  ", widths.Select(width => new string('-', width))).TrimEnd());
        foreach (var row in cells)
        {
            WriteLine(writer, row, widths);
        }

        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"({grid.Rows.Length} {(grid.Rows.Length == 1 ? "row" : "rows")})"));
    }

    private static void WriteLine(TextWriter writer, IReadOnlyList<string> cells, int[] widths)
    {
        var line = new StringBuilder();
        for (var i = 0; i < cells.Count; i++)
        {
            line.Append(i == cells.Count - 1 ? cells[i] : cells[i].PadRight(widths[i] + 2));
        }

        writer.WriteLine(line.ToString().TrimEnd());
    }

    private static string Cell(string text)
    {
        var flat = string.Join(' ', text.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= MaxCellWidth ? flat : string.Concat(flat.AsSpan(0, MaxCellWidth - 1), "\u2026");
    }
}
