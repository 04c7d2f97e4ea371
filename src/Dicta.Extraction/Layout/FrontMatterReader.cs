using System.Collections.Frozen;
using System.Collections.Immutable;
using Dicta.Model;
using Dicta.Model.Diagnostics;
using Dicta.Model.Text;

namespace Dicta.Extraction.Layout;

/// <summary>
/// Reads the metadata front matter gives: <c>title</c> (or <c>headline</c>), <c>outlet</c> (or <c>publisher</c>,
/// <c>source</c>), <c>published</c> (or <c>date</c>), <c>url</c> (or <c>link</c>) and <c>dateline</c>. Other keys are
/// kept in the text but not read. Values may be quoted, and an empty or block-scalar value (<c>&gt;</c>, <c>|</c>)
/// takes the indented lines after it, joined by spaces.
/// </summary>
internal static class FrontMatterReader
{
    private static readonly FrozenDictionary<string, string> Fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["title"] = "title", ["headline"] = "title",
        ["outlet"] = "outlet", ["publisher"] = "outlet", ["source"] = "outlet",
        ["published"] = "date", ["date"] = "date",
        ["url"] = "url", ["link"] = "url",
        ["dateline"] = "dateline",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> BlockScalars = FrozenSet.Create(StringComparer.Ordinal, ">", "|", ">-", "|-", ">+", "|+");

    /// <summary>The metadata in <paramref name="section"/>, and the problems with it.</summary>
    public static (ArticleMetadata Metadata, ImmutableArray<Diagnostic> Diagnostics) Read(SourceText text, FrontMatterSection section)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = section.Lines;
        if (!section.IsClosed)
        {
            diagnostics.Add(LayoutDiagnostics.FrontMatterNotClosed.Create(Location.In(text, lines[0].Content), lines[^1].Index + 1));
        }

        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i] is not { Field: { } field, IsIndented: false, IsFence: false } line || !Fields.TryGetValue(field.Key, out var name))
            {
                continue;
            }

            var (value, span) = ValueOf(text, lines, i);
            var keySpan = new TextSpan(line.Content.Start, field.Key.Length);
            if (value.Length == 0)
            {
                continue;
            }

            if (!values.TryAdd(name, value))
            {
                diagnostics.Add(LayoutDiagnostics.FrontMatterDuplicateKey.Create(Location.In(text, keySpan), field.Key, name));
                continue;
            }

            if (name == "date" && DateGrammar.ReadWhole(value) is null)
            {
                diagnostics.Add(LayoutDiagnostics.FrontMatterBadDate.Create(Location.In(text, span), value));
            }
            else if (name == "url" && !Uri.TryCreate(value, UriKind.Absolute, out _))
            {
                diagnostics.Add(LayoutDiagnostics.FrontMatterBadUrl.Create(Location.In(text, span), value));
            }
        }

        var metadata = new ArticleMetadata(
            Title: values.GetValueOrDefault("title"),
            Outlet: values.GetValueOrDefault("outlet"),
            Published: values.TryGetValue("date", out var date) ? DateGrammar.ReadWhole(date)?.Value : null,
            Dateline: values.GetValueOrDefault("dateline"),
            Url: values.TryGetValue("url", out var url) && Uri.TryCreate(url, UriKind.Absolute, out _) ? url : null);
        return (metadata, diagnostics.ToImmutable());
    }

    /// <summary>The value of the field on line <paramref name="index"/>, unquoted, and the span it was read from.</summary>
    private static (string Value, TextSpan Span) ValueOf(SourceText text, ImmutableArray<ArticleLine> lines, int index)
    {
        var line = lines[index];
        var span = TextSpan.FromBounds(line.Content.Start + line.Field!.ValueStart, line.Content.End);
        var inline = text.ToString(span);
        if (inline.Length > 0 && !BlockScalars.Contains(inline))
        {
            return (Unquote(inline), span);
        }

        var parts = new List<string>();
        var end = span;
        for (var i = index + 1; i < lines.Length && lines[i] is { IsIndented: true, IsFence: false } continuation; i++)
        {
            parts.Add(continuation.GetText(text));
            end = continuation.Content;
        }

        return parts.Count == 0 ? (string.Empty, span) : (Unquote(string.Join(' ', parts)), TextSpan.FromBounds(lines[index + 1].Content.Start, end.End));
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && value[0] is '"' or '\'' && value[^1] == value[0] ? value[1..^1].Trim() : value;
}
