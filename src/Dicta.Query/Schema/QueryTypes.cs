using Dicta.Model;

namespace Dicta.Query.Schema;

/// <summary>Names and CLR representations of the <see cref="QueryType"/>s.</summary>
public static class QueryTypes
{
    /// <summary>The name a person reads in a diagnostic: "text", "date", "speaker".</summary>
    public static string GetDisplayName(this QueryType type) => type switch
    {
        QueryType.Error => "unknown",
        QueryType.Text => "text",
        QueryType.Number => "number",
        QueryType.Date => "date",
        QueryType.Boolean => "boolean",
        QueryType.Speaker => "speaker",
        QueryType.Topic => "topic",
        QueryType.Article => "article",
        QueryType.Regex => "regex",
        _ => type.ToString(),
    };

    /// <summary>True for the types that have an order: numbers, dates and text.</summary>
    public static bool IsOrdered(this QueryType type) => type is QueryType.Number or QueryType.Date or QueryType.Text;

    /// <summary>True for symbols, which compare with text by name.</summary>
    public static bool IsSymbol(this QueryType type) => type is QueryType.Speaker or QueryType.Topic or QueryType.Article;

    /// <summary>
    /// The CLR type of one value that may be absent: <c>string</c>, <c>decimal?</c>, <c>DateOnly?</c>, <c>bool?</c>,
    /// <see cref="Model.Speaker"/>, <see cref="Model.Topic"/>, <see cref="Model.Article"/>.
    /// </summary>
    public static Type GetValueType(this QueryType type) => type switch
    {
        QueryType.Text => typeof(string),
        QueryType.Number => typeof(decimal?),
        QueryType.Date => typeof(DateOnly?),
        QueryType.Boolean => typeof(bool?),
        QueryType.Speaker => typeof(Speaker),
        QueryType.Topic => typeof(Topic),
        QueryType.Article => typeof(Article),
        QueryType.Regex => typeof(System.Text.RegularExpressions.Regex),
        _ => typeof(object),
    };

    /// <summary>The CLR type of one element of a many-valued field: like <see cref="GetValueType"/> but never nullable.</summary>
    public static Type GetElementType(this QueryType type)
    {
        var valueType = type.GetValueType();
        return Nullable.GetUnderlyingType(valueType) ?? valueType;
    }
}
