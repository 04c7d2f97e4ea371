using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Dicta.Cli.Output;

/// <summary>One JSON value written to a string, with the settings every JSON output of the command line shares.</summary>
internal static class JsonText
{
    private static readonly JsonWriterOptions Options = new()
    {
        // Quotes and dashes stay readable: the output is for people and scripts alike, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>What <paramref name="write"/> writes, as text.</summary>
    public static string Serialize(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            write(json);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
