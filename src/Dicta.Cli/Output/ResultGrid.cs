using System.Collections.Immutable;
using Dicta.Model;
using Dicta.Query.Execution;

namespace Dicta.Cli.Output;

/// <summary>
/// A query result as columns and rows of values, whatever its kind: the shape the table, CSV and JSON writers share.
/// Items get the columns a reader wants first (a statement: speaker, kind, text, topics, citation); projected rows,
/// groups and counts keep the columns the query named.
/// </summary>
/// <param name="Columns">The column names.</param>
/// <param name="Rows">The values of each row, one per column: null, text, a number, a date, a flag, a model symbol, or an array of them.</param>
internal sealed record ResultGrid(ImmutableArray<string> Columns, ImmutableArray<ImmutableArray<object?>> Rows)
{
    /// <summary>The grid of <paramref name="result"/>; <paramref name="corpus"/> gives the statement counts of speakers and topics.</summary>
    public static ResultGrid From(QueryResult result, Corpus corpus) => result.Kind switch
    {
        QueryResultKind.Items => FromItems(result.Source?.ElementType, result.Items, corpus),
        QueryResultKind.Rows => new(result.Columns, [.. result.Rows.Select(row => row.Values)]),
        QueryResultKind.Groups => new(result.Columns, [.. result.Groups.Select(group => group.Keys.Add(group.Count))]),
        QueryResultKind.Count => new(["count"], [[result.Count]]),
        _ => new([], []),
    };

    private static ResultGrid FromItems(Type? elementType, ImmutableArray<object> items, Corpus corpus) => elementType switch
    {
        _ when elementType == typeof(Statement) => new(["speaker", "kind", "text", "topics", "citation"], [.. items.Cast<Statement>().Select(StatementRow)]),
        _ when elementType == typeof(Article) => new(["id", "title", "outlet", "date", "statements"], [.. items.Cast<Article>().Select(a => Row(a.Id, a.Metadata.Title, a.Metadata.Outlet, a.Metadata.Published, a.Statements.Length))]),
        _ when elementType == typeof(Speaker) => new(["name", "type", "country", "role", "statements"], [.. items.Cast<Speaker>().Select(s => Row(s.Name, ValueText.KindName(s.Kind), s.Country, s.Role, corpus.Index.BySpeaker(s.Name).Length))]),
        _ when elementType == typeof(Topic) => new(["name", "label", "statements"], [.. items.Cast<Topic>().Select(t => Row(t.Slug, t.Label, corpus.Index.ByTopic(t.Slug).Length))]),
        _ => new([], []),
    };

    private static ImmutableArray<object?> StatementRow(Statement statement) => Row(
        statement.Speaker.Name,
        ValueText.KindName(statement.Kind),
        ValueText.MarkedContent(statement),
        statement.Topics.CastArray<object?>(),
        ValueText.Citation(statement));

    private static ImmutableArray<object?> Row(params object?[] values) => [.. values];
}
