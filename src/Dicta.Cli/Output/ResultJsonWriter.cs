using System.Collections;
using System.Text.Json;
using Dicta.Model;
using Dicta.Query.Execution;

namespace Dicta.Cli.Output;

/// <summary>
/// Writes a query result as JSON: one array (<c>--format json</c>) or one object per line (<c>--format jsonl</c>).
/// Statements have the fields of <c>dicta export</c>; other rows have one property per column, with numbers, flags and
/// lists as JSON numbers, booleans and arrays.
/// </summary>
internal static class ResultJsonWriter
{
    /// <summary>Writes the result in <paramref name="format"/>: <see cref="OutputFormat.Json"/> or <see cref="OutputFormat.Jsonl"/>.</summary>
    public static void Write(TextWriter writer, QueryResult result, Corpus corpus, OutputFormat format)
    {
        var objects = Objects(result, corpus);
        if (format == OutputFormat.Jsonl)
        {
            foreach (var write in objects)
            {
                writer.WriteLine(JsonText.Serialize(write));
            }
        }
        else
        {
            writer.WriteLine(JsonText.Serialize(json =>
            {
                json.WriteStartArray();
                foreach (var write in objects)
                {
                    write(json);
                }

                json.WriteEndArray();
            }));
        }
    }

    private static IEnumerable<Action<Utf8JsonWriter>> Objects(QueryResult result, Corpus corpus)
    {
        if (result.Kind == QueryResultKind.Items && result.Items.FirstOrDefault() is Statement)
        {
            return result.Items.Cast<Statement>().Select(s => (Action<Utf8JsonWriter>)(json => StatementJsonWriter.Write(json, s)));
        }

        var grid = ResultGrid.From(result, corpus);
        return grid.Rows.Select(row => (Action<Utf8JsonWriter>)(json =>
        {
            json.WriteStartObject();
            for (var i = 0; i < grid.Columns.Length; i++)
            {
                json.WritePropertyName(grid.Columns[i]);
                WriteValue(json, row[i]);
            }

            json.WriteEndObject();
        }));
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case bool flag:
                json.WriteBooleanValue(flag);
                break;
            case int number:
                json.WriteNumberValue(number);
                break;
            case long number:
                json.WriteNumberValue(number);
                break;
            case decimal number:
                json.WriteNumberValue(number);
                break;
            case double number:
                json.WriteNumberValue(number);
                break;
            case string or ReadOnlyMemory<char>:
                json.WriteStringValue(ValueText.Format(value));
                break;
            case IEnumerable items:
                json.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(json, item);
                }

                json.WriteEndArray();
                break;
            default:
                json.WriteStringValue(ValueText.Format(value));
                break;
        }
    }
}
