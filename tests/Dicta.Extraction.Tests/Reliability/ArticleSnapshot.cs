using Dicta.Model;
using Dicta.Model.Text;

namespace Dicta.Extraction.Tests.Reliability;

/// <summary>
/// Everything extraction produced for an article, as comparable text: two snapshots are equal when the articles are
/// the same in all but their object identity (text, blocks, sentences, statements with their spans and speakers, and
/// diagnostics with their locations).
/// </summary>
internal sealed record ArticleSnapshot(string Id, string Metadata, string Text, string Blocks, string Sentences, string Statements, string Diagnostics)
{
    public static ArticleSnapshot Of(Article article) => new(
        article.Id,
        $"{article.Metadata.Title}|{article.Metadata.Outlet}|{article.Metadata.Published:O}|{article.Metadata.Url}|{article.Metadata.FileName}",
        article.Text.ToString(),
        string.Join(" ", article.Blocks.Select(b => $"{b.Kind}{b.Span}")),
        string.Join(" ", article.Sentences.Select(s => s.Span.ToString())),
        string.Join("\n", article.Statements.Select(Describe)),
        string.Join("\n", article.Diagnostics.Select(d => $"{d.Id} {d.Severity} {d.Location.Path}{d.Location.Span} {d.Message}")));

    /// <summary>A statement by what its spans say rather than where they are: equal across line endings and encodings.</summary>
    public static string Words(Statement statement)
    {
        var text = statement.Source;
        return string.Join(
            " | ",
            statement.Kind,
            Normalize(text, statement.ContentSpan),
            string.Join(" / ", statement.QuoteSpans.Select(q => Normalize(text, q))),
            statement.CueSpan is { } cue ? Normalize(text, cue) : "-",
            statement.MentionSpan is { } mention ? Normalize(text, mention) : "-",
            statement.Speaker.Name,
            statement.Addressee?.Name ?? "-",
            statement.Via?.Name ?? "-",
            string.Join(",", statement.Topics.Select(t => t.Slug)));
    }

    private static string Describe(Statement statement) =>
        $"{statement.ContentSpan} [{string.Join(",", statement.QuoteSpans)}] {statement.CueSpan} {statement.MentionSpan} {statement.IsAmbiguous} {Words(statement)}";

    /// <summary>The characters of <paramref name="span"/> with every line break written as one line feed.</summary>
    private static string Normalize(SourceText text, TextSpan span) =>
        text.ToString(span).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
}
