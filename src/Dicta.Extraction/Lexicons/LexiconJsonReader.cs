using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Dicta.Model.Diagnostics;
using Dicta.Model.Text;

namespace Dicta.Extraction.Lexicons;

/// <summary>
/// Parses a lexicon file into <see cref="LexiconJsonValue"/>s that remember where they are. Lexicons are
/// edited by hand, so comments (<c>//</c>, <c>/* */</c>) and trailing commas are allowed.
/// </summary>
internal static class LexiconJsonReader
{
    private static readonly JsonReaderOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Parses UTF-8 JSON (with or without a byte order mark).</summary>
    /// <param name="utf8">The bytes of the file.</param>
    /// <param name="path">The file name shown in diagnostics.</param>
    /// <returns>The decoded text, the root value (null when the JSON is invalid) and the diagnostics.</returns>
    public static (SourceText Source, LexiconJsonValue? Root, ImmutableArray<Diagnostic> Diagnostics) Read(ReadOnlySpan<byte> utf8, string path)
    {
        var body = utf8.StartsWith(Encoding.UTF8.Preamble) ? utf8[Encoding.UTF8.Preamble.Length..] : utf8;
        var source = SourceText.From(Encoding.UTF8.GetString(body), path);
        var reader = new Utf8JsonReader(body, Options);
        var offsets = new OffsetMap(source.Length);
        try
        {
            if (!reader.Read())
            {
                var empty = LexiconDiagnostics.InvalidJson.Create(Location.In(source, new TextSpan(0, 0)), "the file is empty");
                return (source, null, [empty]);
            }

            var root = ReadValue(ref reader, body, ref offsets);

            // Reading once more makes the reader reject anything after the root value.
            reader.Read();
            return (source, root, []);
        }
        catch (JsonException e)
        {
            var offset = CharOffsetOf(body, e.LineNumber ?? 0, e.BytePositionInLine ?? 0, source.Length);
            var location = Location.In(source, new TextSpan(offset, 0));
            return (source, null, [LexiconDiagnostics.InvalidJson.Create(location, Explain(e))]);
        }
    }

    private static LexiconJsonValue ReadValue(ref Utf8JsonReader reader, ReadOnlySpan<byte> body, ref OffsetMap offsets)
    {
        var start = offsets.ToChar(body, reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
            {
                var properties = ImmutableArray.CreateBuilder<LexiconJsonProperty>();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var nameStart = offsets.ToChar(body, reader.TokenStartIndex);
                    var nameEnd = offsets.ToChar(body, reader.TokenStartIndex + reader.ValueSpan.Length + 2);
                    var name = reader.GetString() ?? string.Empty;
                    reader.Read();
                    var value = ReadValue(ref reader, body, ref offsets);
                    properties.Add(new LexiconJsonProperty(name, TextSpan.FromBounds(nameStart, nameEnd), value));
                }

                var end = offsets.ToChar(body, reader.TokenStartIndex + 1);
                return new LexiconJsonValue(JsonValueKind.Object, TextSpan.FromBounds(start, end), null, properties.ToImmutable(), []);
            }

            case JsonTokenType.StartArray:
            {
                var items = ImmutableArray.CreateBuilder<LexiconJsonValue>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, body, ref offsets));
                }

                var end = offsets.ToChar(body, reader.TokenStartIndex + 1);
                return new LexiconJsonValue(JsonValueKind.Array, TextSpan.FromBounds(start, end), null, [], items.ToImmutable());
            }

            case JsonTokenType.String:
            {
                var end = offsets.ToChar(body, reader.TokenStartIndex + reader.ValueSpan.Length + 2);
                return new LexiconJsonValue(JsonValueKind.String, TextSpan.FromBounds(start, end), reader.GetString(), [], []);
            }

            default:
            {
                var kind = reader.TokenType switch
                {
                    JsonTokenType.Number => JsonValueKind.Number,
                    JsonTokenType.True => JsonValueKind.True,
                    JsonTokenType.False => JsonValueKind.False,
                    _ => JsonValueKind.Null,
                };
                var end = offsets.ToChar(body, reader.TokenStartIndex + reader.ValueSpan.Length);
                return new LexiconJsonValue(kind, TextSpan.FromBounds(start, end), Encoding.UTF8.GetString(reader.ValueSpan), [], []);
            }
        }
    }

    /// <summary>The message of a JSON error without the position, which the diagnostic's location already gives.</summary>
    private static string Explain(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut >= 0 ? message[..cut] : message).TrimEnd(' ', '.', '|');
    }

    /// <summary>The character offset of the reader's zero-based line and byte-in-line (the reader counts lines at LF).</summary>
    private static int CharOffsetOf(ReadOnlySpan<byte> body, long line, long byteInLine, int textLength)
    {
        var lineStart = 0;
        for (long seen = 0; seen < line; seen++)
        {
            var next = body[lineStart..].IndexOf((byte)'\n');
            if (next < 0)
            {
                break;
            }

            lineStart += next + 1;
        }

        var byteOffset = (int)Math.Min(body.Length, lineStart + byteInLine);
        return Math.Min(textLength, Encoding.UTF8.GetCharCount(body[..byteOffset]));
    }

    /// <summary>
    /// Turns byte offsets into character offsets. The reader reports offsets in increasing order, so each
    /// conversion decodes only the bytes since the previous one.
    /// </summary>
    private struct OffsetMap(int textLength)
    {
        private long _byte;
        private int _char;

        public int ToChar(ReadOnlySpan<byte> body, long byteOffset)
        {
            var target = Math.Min(body.Length, byteOffset);
            if (target > _byte)
            {
                _char += Encoding.UTF8.GetCharCount(body[(int)_byte..(int)target]);
                _byte = target;
            }

            return Math.Min(_char, textLength);
        }
    }
}
