using Dicta.Model;
using Dicta.Query.Execution;

namespace Dicta.Cli.Output;

/// <summary>Writes a query result in the chosen <see cref="OutputFormat"/>.</summary>
internal static class ResultWriter
{
    /// <summary>Writes <paramref name="result"/>; <paramref name="corpus"/> is the corpus it ran on.</summary>
    public static void Write(TextWriter writer, QueryResult result, Corpus corpus, OutputFormat format)
    {
        switch (format)
        {
            case OutputFormat.Json or OutputFormat.Jsonl:
                ResultJsonWriter.Write(writer, result, corpus, format);
                break;
            case OutputFormat.Csv:
                CsvWriter.Write(writer, ResultGrid.From(result, corpus));
                break;
            default:
                TableWriter.Write(writer, ResultGrid.From(result, corpus));
                break;
        }
    }
}
