using System.Collections.Immutable;
using Dicta.Model;
using Dicta.Query.Binding;

namespace Dicta.Query.Execution;

/// <summary>
/// Runs a bound query by walking its tree on each row, through the schema's accessors, without compiling it:
/// the oracle the compiled queries are tested against, and the cheaper way to run a query once.
/// </summary>
public static class QueryInterpreter
{
    /// <summary>Runs <paramref name="query"/> over every row of its source.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static QueryResult Execute(BoundQuery query, Corpus corpus, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return QueryExecutor.Execute(query, null, Functions(query, query.Filter), corpus, cancellationToken);
    }

    /// <summary>Runs <paramref name="query"/> over the candidates of <paramref name="plan"/>, testing its residual condition.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static QueryResult Execute(BoundQuery query, QueryPlan plan, Corpus corpus, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(plan);
        return QueryExecutor.Execute(query, plan, Functions(query, plan.Residual), corpus, cancellationToken);
    }

    private static QueryFunctions Functions(BoundQuery query, BoundExpression? filter) => new(
        filter is null ? null : (context, row) => BoundTreeEvaluator.Test(filter, context, row),
        Values(query.GroupKeys.Select(k => k.Expression)),
        query.IsGrouped ? [] : Values(query.Orderings.Select(o => o.Expression)),
        Values(query.Columns.Select(c => c.Expression)));

    private static ImmutableArray<Func<QueryContext, object, object?>> Values(IEnumerable<BoundExpression> expressions) =>
        [.. expressions.Select(e => (Func<QueryContext, object, object?>)((context, row) => BoundTreeEvaluator.Value(e, context, row)))];
}
