using System.Text.Json;
using Dicta.Model;

namespace Dicta.Cli.Output;

/// <summary>
/// Writes statements as JSON Lines with the fields of the gold format (<c>shared/gold/STATEMENTS.md</c>): the contract
/// of <c>dicta export</c> and of <c>--format jsonl</c>. Offsets are UTF-16 code units of the article's text.
/// </summary>
internal static class StatementJsonWriter
{
    /// <summary>Writes one line per statement.</summary>
    public static void WriteLines(TextWriter writer, IEnumerable<Statement> statements)
    {
        foreach (var statement in statements)
        {
            writer.WriteLine(JsonText.Serialize(json => Write(json, statement)));
        }
    }

    /// <summary>Writes one statement as a JSON object.</summary>
    public static void Write(Utf8JsonWriter json, Statement statement)
    {
        json.WriteStartObject();
        json.WriteString("article", statement.Article.Id);
        json.WriteNumber("start", statement.ContentSpan.Start);
        json.WriteNumber("length", statement.ContentSpan.Length);
        json.WriteString("content", statement.Content.Span);
        json.WriteString("kind", ValueText.KindName(statement.Kind));
        json.WriteString("speaker", statement.Speaker.Name);
        json.WriteString("speaker_type", ValueText.KindName(statement.Speaker.Kind));
        WriteNames(json, "speakers", statement.Speaker.Members);
        WriteOptional(json, "mention", statement.Mention);
        WriteOptional(json, "cue", statement.Cue);
        json.WriteString("addressee", statement.Addressee?.Name);
        json.WriteString("via", statement.Via?.Name);
        json.WriteStartArray("quotes");
        foreach (var quote in statement.Quotes)
        {
            json.WriteStringValue(quote.Span);
        }

        json.WriteEndArray();
        json.WriteStartArray("topics");
        foreach (var topic in statement.Topics)
        {
            json.WriteStringValue(topic.Slug);
        }

        json.WriteEndArray();
        json.WriteBoolean("ambiguous", statement.IsAmbiguous);
        WriteNames(json, "alternatives", statement.Alternatives);
        json.WriteNumber("line", statement.Line);
        json.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, ReadOnlyMemory<char> text)
    {
        if (text.IsEmpty)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, text.Span);
        }
    }

    private static void WriteNames(Utf8JsonWriter json, string name, IEnumerable<Speaker> speakers)
    {
        json.WriteStartArray(name);
        foreach (var speaker in speakers)
        {
            json.WriteStringValue(speaker.Name);
        }

        json.WriteEndArray();
    }
}
