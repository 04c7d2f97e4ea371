using System.Collections.Immutable;
using Dicta.Model.Diagnostics;
using Dicta.Query.Schema;

namespace Dicta.Query.Execution;

/// <summary>
/// The answer of a query: the rows themselves, projected rows, groups or a count (see <see cref="Kind"/>),
/// with every diagnostic of binding and running.
/// </summary>
public sealed class QueryResult
{
    private QueryResult(
        QueryResultKind kind,
        SourceSymbol? source,
        ImmutableArray<Diagnostic> diagnostics,
        ImmutableArray<object> items = default,
        ImmutableArray<string> columns = default,
        ImmutableArray<QueryRow> rows = default,
        ImmutableArray<QueryGroup> groups = default,
        int? count = null)
    {
        Kind = kind;
        Source = source;
        Diagnostics = diagnostics;
        Items = items.IsDefault ? [] : items;
        Columns = columns.IsDefault ? [] : columns;
        Rows = rows.IsDefault ? [] : rows;
        Groups = groups.IsDefault ? [] : groups;
        Count = count;
    }

    /// <summary>What the result holds.</summary>
    public QueryResultKind Kind { get; }

    /// <summary>The source the query ran on; null when it named none.</summary>
    public SourceSymbol? Source { get; }

    /// <summary>The rows themselves, of the source's element type, for <see cref="QueryResultKind.Items"/>.</summary>
    public ImmutableArray<object> Items { get; }

    /// <summary>The column names: the <c>select</c> items, or the <c>group by</c> keys followed by <c>count</c>.</summary>
    public ImmutableArray<string> Columns { get; }

    /// <summary>The projected rows, for <see cref="QueryResultKind.Rows"/>.</summary>
    public ImmutableArray<QueryRow> Rows { get; }

    /// <summary>The groups, for <see cref="QueryResultKind.Groups"/>.</summary>
    public ImmutableArray<QueryGroup> Groups { get; }

    /// <summary>The number of rows (or groups) found, for <see cref="QueryResultKind.Count"/>.</summary>
    public int? Count { get; }

    /// <summary>The diagnostics of binding, then those of running.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>True when the query ran.</summary>
    public bool Succeeded => Kind != QueryResultKind.NotRun;

    /// <summary>The items as <typeparamref name="T"/>: <c>result.ItemsOf&lt;Statement&gt;()</c>.</summary>
    public ImmutableArray<T> ItemsOf<T>() => [.. Items.Cast<T>()];

    /// <summary>
    /// The answer as a program's own type: the items (<c>As&lt;Statement&gt;()</c>); each row or group as a record or
    /// tuple built through its constructor, its parameters matched to the columns by name (ignoring case) or else by
    /// position (<c>As&lt;(string Speaker, int Count)&gt;()</c>; a group's last column is <c>count</c>); a single column
    /// as its values (<c>As&lt;string&gt;()</c>); or the count (<c>As&lt;int&gt;()</c>). Values convert to the parameter
    /// type: numbers between numeric types, speakers, topics and articles to their name, slug or id when the type is
    /// <see cref="string"/>, many-valued fields to arrays, <see cref="ImmutableArray{T}"/> or read-only lists.
    /// </summary>
    /// <exception cref="InvalidOperationException">The query did not run, or the answer does not fit <typeparamref name="T"/>.</exception>
    public ImmutableArray<T> As<T>() => Kind switch
    {
        QueryResultKind.Items => [.. Items.Select(item => (T)ResultMapper.Convert(item, typeof(T), Source?.Name ?? "items")!)],
        QueryResultKind.Rows => ResultMapper.Map<T>(Columns, Rows.Select(r => (IReadOnlyList<object?>)r.Values)),
        QueryResultKind.Groups => ResultMapper.Map<T>(Columns, Groups.Select(g => (IReadOnlyList<object?>)[.. g.Keys, (decimal)g.Count])),
        QueryResultKind.Count => [(T)ResultMapper.Convert((decimal)Count!.Value, typeof(T), "count")!],
        _ => throw new InvalidOperationException($"The query did not run: {string.Join("; ", Diagnostics.Where(d => d.IsError))}"),
    };

    /// <summary>The result of a query that was not run because of its errors.</summary>
    internal static QueryResult NotRun(SourceSymbol? source, ImmutableArray<Diagnostic> diagnostics) =>
        new(QueryResultKind.NotRun, source, diagnostics);

    internal static QueryResult FromItems(SourceSymbol source, ImmutableArray<object> items, ImmutableArray<Diagnostic> diagnostics) =>
        new(QueryResultKind.Items, source, diagnostics, items: items);

    internal static QueryResult FromRows(SourceSymbol source, ImmutableArray<string> columns, ImmutableArray<QueryRow> rows, ImmutableArray<Diagnostic> diagnostics) =>
        new(QueryResultKind.Rows, source, diagnostics, columns: columns, rows: rows);

    internal static QueryResult FromGroups(SourceSymbol source, ImmutableArray<string> columns, ImmutableArray<QueryGroup> groups, ImmutableArray<Diagnostic> diagnostics) =>
        new(QueryResultKind.Groups, source, diagnostics, columns: columns, groups: groups);

    internal static QueryResult FromCount(SourceSymbol source, int count, ImmutableArray<Diagnostic> diagnostics) =>
        new(QueryResultKind.Count, source, diagnostics, count: count);

    /// <summary>A one-line summary: the kind and size.</summary>
    public override string ToString() => Kind switch
    {
        QueryResultKind.Items => $"{Items.Length} {Source?.Name}",
        QueryResultKind.Rows => $"{Rows.Length} rows",
        QueryResultKind.Groups => $"{Groups.Length} groups",
        QueryResultKind.Count => $"count {Count}",
        _ => $"not run: {Diagnostics.Count(d => d.IsError)} errors",
    };
}
