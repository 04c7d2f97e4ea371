using System.Linq.Expressions;
using Dicta.Query.Binding;
using Dicta.Query.Execution;

namespace Dicta.Query.Linq;

/// <summary>
/// Applies a query that returns its rows to an <see cref="IQueryable{T}"/> as the standard operators: <c>where</c> as
/// <see cref="Queryable.Where{TSource}(IQueryable{TSource}, Expression{Func{TSource, bool}})"/>, each <c>order by</c>
/// key as <c>OrderBy</c>/<c>ThenBy</c> with the query's own ordering, <c>limit</c> as <c>Take</c>. The rows come out
/// in the order <see cref="PreparedQuery.Execute(CancellationToken)"/> gives.
/// </summary>
internal static class QueryableTranslator
{
    /// <summary><paramref name="source"/> filtered, ordered and limited by <paramref name="query"/>, which has no errors and reads rows of <typeparamref name="TRow"/>.</summary>
    public static IQueryable<TRow> Apply<TRow>(IQueryable<TRow> source, BoundQuery query, QueryContext context)
    {
        var rows = query.Filter is { } filter ? source.Where(QueryCompiler.ToPredicate<TRow>(filter, context)) : source;
        var builder = new ExpressionBuilder(typeof(TRow));
        IOrderedQueryable<TRow>? ordered = null;
        foreach (var ordering in query.Orderings)
        {
            var key = ExpressionBuilder.Closed<TRow, object?>(builder.Value(ordering.Expression), context);
            var comparer = OrderingComparer.For(ordering.IsDescending);
            ordered = ordered is null ? rows.OrderBy(key, comparer) : ordered.ThenBy(key, comparer);
        }

        rows = ordered ?? rows;
        return query.Limit is { } limit ? rows.Take(limit) : rows;
    }
}
