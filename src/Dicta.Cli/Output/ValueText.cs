using System.Collections;
using System.Globalization;
using Dicta.Model;

namespace Dicta.Cli.Output;

/// <summary>How values of the model and of query results read as text, the same in every output format.</summary>
internal static class ValueText
{
    /// <summary>The text of a value: names for symbols, ISO dates, invariant numbers, items joined by ", ", and "" for none.</summary>
    public static string Format(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        Speaker speaker => speaker.Name,
        Topic topic => topic.Slug,
        Article article => article.Id,
        Statement statement => statement.Content.ToString(),
        StatementKind kind => KindName(kind),
        SpeakerKind kind => KindName(kind),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset time => time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        ReadOnlyMemory<char> memory => memory.ToString(),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items => string.Join(", ", items.Cast<object?>().Select(Format)),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>The gold format's name of a statement kind.</summary>
    public static string KindName(StatementKind kind) => kind switch
    {
        StatementKind.Direct => "direct",
        StatementKind.Partial => "partial",
        _ => "indirect",
    };

    /// <summary>The gold format's name of a speaker kind.</summary>
    public static string KindName(SpeakerKind kind) => kind switch
    {
        SpeakerKind.Person => "person",
        SpeakerKind.Organization => "organization",
        SpeakerKind.Outlet => "outlet",
        _ => "group",
    };

    /// <summary>Where a statement is: its article and line, as "article.txt:12".</summary>
    public static string Citation(Statement statement) =>
        string.Create(CultureInfo.InvariantCulture, $"{statement.Article.Id}:{statement.Line}");

    /// <summary>
    /// The statement's text with its quoted words marked: a direct quote whose content does not carry its quotation
    /// marks is shown between “ and ”; partial and reported statements show the marks of their quoted words as written.
    /// </summary>
    public static string MarkedContent(Statement statement)
    {
        var content = statement.Content.ToString();
        return statement.Kind == StatementKind.Direct && !StartsWithQuotationMark(content) ? $"\u201C{content}\u201D" : content;
    }

    private static bool StartsWithQuotationMark(string text) => text.Length > 0 && text[0] is '"' or '\'' or '\u201C' or '\u2018' or '\u00AB' or '\u201E';
}
