namespace Dicta.Cli.Output;

/// <summary>Writes a <see cref="ResultGrid"/> as CSV (RFC 4180): a header row, then one record per row, quoted where needed.</summary>
internal static class CsvWriter
{
    /// <summary>Writes the header and the records.</summary>
    public static void Write(TextWriter writer, ResultGrid grid)
    {
        writer.WriteLine(string.Join(',', grid.Columns.Select(Field)));
        foreach (var row in grid.Rows)
        {
            writer.WriteLine(string.Join(',', row.Select(value => Field(ValueText.Format(value)))));
        }
    }

    /// <summary>A field, quoted when it holds a comma, a quotation mark or a line break (quotation marks doubled).</summary>
    public static string Field(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
}
