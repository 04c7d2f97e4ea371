using System.Globalization;
using System.Text.Json;
using Dicta.Model;
using Dicta.Model.Diagnostics;
using Dicta.Model.Text;

namespace Dicta.Extraction.Loading;

/// <summary>
/// Reads articles from JSON Lines, the common shape of news datasets: one object a line with
/// <c>id</c>, <c>title</c>, <c>outlet</c>, <c>published</c>, <c>url</c> and <c>text</c>. Only <c>text</c> is required.
/// A bad line becomes an <see cref="UnreadableArticleInput"/> and the lines after it are still read.
/// </summary>
public static class JsonLinesReader
{
    /// <summary>
    /// The articles of the JSON Lines in <paramref name="reader"/>, read lazily line by line; a line longer than
    /// <see cref="LoadOptions.MaxFileBytes"/> of the default options is skipped.
    /// </summary>
    /// <param name="reader">The JSON Lines text.</param>
    /// <param name="sourceName">The file name, used for ids of records without one and for diagnostics.</param>
    public static IEnumerable<ArticleInput> Read(TextReader reader, string sourceName) =>
        Read(reader, sourceName, LoadOptions.Default.MaxFileBytes);

    /// <summary>
    /// The articles of the JSON Lines in <paramref name="reader"/>, read lazily line by line. A line longer than
    /// <paramref name="maxLineLength"/> characters is read through without being kept, and skipped with a diagnostic:
    /// one record is one article, and is held to the limit of one article file.
    /// </summary>
    /// <param name="reader">The JSON Lines text.</param>
    /// <param name="sourceName">The file name, used for ids of records without one and for diagnostics.</param>
    /// <param name="maxLineLength">The longest line read, in characters.</param>
    public static IEnumerable<ArticleInput> Read(TextReader reader, string sourceName, long maxLineLength)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentOutOfRangeException.ThrowIfNegative(maxLineLength);
        return ReadLines(new BoundedLineReader(reader, maxLineLength), sourceName, maxLineLength);
    }

    private static IEnumerable<ArticleInput> ReadLines(BoundedLineReader lines, string sourceName, long maxLineLength)
    {
        var lineNumber = 0;
        while (lines.TryReadLine(out var line, out var length))
        {
            lineNumber++;
            if (line is null)
            {
                var why = string.Create(CultureInfo.InvariantCulture, $"it is {length:N0} characters long, more than the limit of {maxLineLength:N0}");
                yield return Unreadable(string.Create(CultureInfo.InvariantCulture, $"{sourceName}#{lineNumber}"), string.Empty, lineNumber, sourceName, why);
            }
            else if (!string.IsNullOrWhiteSpace(line))
            {
                yield return ReadRecord(line, lineNumber, sourceName);
            }
        }
    }

    private static ArticleInput ReadRecord(string line, int lineNumber, string sourceName)
    {
        var fallbackId = string.Create(CultureInfo.InvariantCulture, $"{sourceName}#{lineNumber}");
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Unreadable(fallbackId, line, lineNumber, sourceName, "the line is not a JSON object");
            }

            if (String(root, "text") is not { } text)
            {
                return Unreadable(fallbackId, line, lineNumber, sourceName, "the record has no \"text\" string");
            }

            var id = String(root, "id") ?? fallbackId;
            var metadata = new ArticleMetadata(
                Title: String(root, "title"),
                Outlet: String(root, "outlet"),
                Published: Date(String(root, "published")),
                Url: String(root, "url"),
                FileName: id);
            return new TextArticleInput(id, text, metadata);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // InvalidOperationException: a string escape JSON allows but UTF-16 does not (an unpaired "\ud800").
            return Unreadable(fallbackId, line, lineNumber, sourceName, e.Message);
        }
    }

    private static UnreadableArticleInput Unreadable(string id, string line, int lineNumber, string sourceName, string why)
    {
        var location = Location.In(SourceText.From(line, sourceName), new TextSpan(0, 0));
        return new UnreadableArticleInput(id, LoadingDiagnostics.BadRecord.Create(location, lineNumber, sourceName, why), ArticleMetadata.Empty with { FileName = id });
    }

    private static string? String(JsonElement record, string name) =>
        record.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static DateTimeOffset? Date(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date : null;
}
