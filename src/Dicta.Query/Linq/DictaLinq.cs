using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Dicta.Query.Execution;

namespace Dicta.Query.Linq;

/// <summary>
/// Dicta queries inside a program's own LINQ over model objects (<c>Statement</c>, <c>Article</c>, <c>Speaker</c>,
/// <c>Topic</c>): filter with a condition, apply a whole query to an <see cref="IQueryable{T}"/>, or run a query on
/// any sequence of rows. Speaker and topic names are resolved in the engine's corpus.
/// </summary>
/// <example>
/// <code>
/// var recent = corpus.Statements.AsQueryable()
///     .Where(engine, "speaker = $who and topic = 'taiwan'", new Dictionary&lt;string, object?&gt; { ["who"] = "Putin" })
///     .OrderByDescending(s =&gt; s.Article.Metadata.Published);
/// </code>
/// </example>
public static class DictaLinq
{
    /// <summary>
    /// The rows of a model array (<c>corpus.Statements</c>, <c>corpus.Speakers</c>, …) as an <see cref="IQueryable{T}"/>.
    /// With this namespace in scope it is chosen over <see cref="Queryable.AsQueryable{TElement}(IEnumerable{TElement})"/>,
    /// whose queries over an <see cref="ImmutableArray{T}"/> throw when they run (the array is a struct).
    /// </summary>
    public static IQueryable<TRow> AsQueryable<TRow>(this ImmutableArray<TRow> rows) =>
        Queryable.AsQueryable(ImmutableCollectionsMarshal.AsArray(rows) ?? []);

    /// <summary>The rows of <paramref name="source"/> that pass <paramref name="condition"/> (the text after <c>where</c>), composed into the query.</summary>
    /// <exception cref="QueryException">The condition has errors.</exception>
    public static IQueryable<TRow> Where<TRow>(this IQueryable<TRow> source, QueryEngine engine, string condition, IReadOnlyDictionary<string, object?>? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(engine);
        return source.Where(engine.Predicate<TRow>(condition, parameters));
    }

    /// <summary>The rows of <paramref name="source"/> that pass <paramref name="condition"/> (the text after <c>where</c>), lazily.</summary>
    /// <exception cref="QueryException">The condition has errors.</exception>
    public static IEnumerable<TRow> Where<TRow>(this IEnumerable<TRow> source, QueryEngine engine, string condition, IReadOnlyDictionary<string, object?>? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(engine);
        return source.Where(engine.Predicate<TRow>(condition, parameters).Compile());
    }

    /// <summary>
    /// <paramref name="source"/> filtered, ordered and limited by <paramref name="query"/> (a whole query that returns
    /// its rows, such as <c>statements where topic = "taiwan" order by date desc limit 10</c>), composed into the query.
    /// </summary>
    /// <exception cref="QueryException">The query has errors, or selects, groups or counts.</exception>
    /// <exception cref="ArgumentException">The query reads rows of another type than <typeparamref name="TRow"/>.</exception>
    public static IQueryable<TRow> Query<TRow>(this IQueryable<TRow> source, QueryEngine engine, string query, IReadOnlyDictionary<string, object?>? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        return engine.Prepare(query, parameters).ApplyTo(source);
    }

    /// <summary>
    /// Runs <paramref name="query"/> (any query on rows of <typeparamref name="TRow"/>, with select, group by or count
    /// too) on the rows of <paramref name="source"/> instead of the engine's corpus.
    /// </summary>
    /// <exception cref="ArgumentException">The query reads rows of another type than <typeparamref name="TRow"/>, or a row is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static QueryResult Execute<TRow>(
        this IEnumerable<TRow> source,
        QueryEngine engine,
        string query,
        IReadOnlyDictionary<string, object?>? parameters = null,
        CancellationToken cancellationToken = default)
        where TRow : class
    {
        ArgumentNullException.ThrowIfNull(engine);
        return engine.Prepare(query, parameters).Execute(source, cancellationToken);
    }
}
