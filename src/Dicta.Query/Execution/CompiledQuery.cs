using System.Collections.Immutable;
using System.Linq.Expressions;
using Dicta.Model;
using Dicta.Query.Binding;

namespace Dicta.Query.Execution;

/// <summary>
/// A bound query compiled to delegates from <see cref="System.Linq.Expressions"/> trees, with its plan. Built once
/// per bound query (<see cref="QueryCompiler.Compile"/>); immutable, so one instance runs on any corpus from any
/// number of threads at once.
/// </summary>
public sealed class CompiledQuery
{
    private readonly QueryFunctions? _planned;
    private readonly Lazy<QueryFunctions?> _scanning;

    internal CompiledQuery(BoundQuery query)
    {
        Query = query;
        _scanning = new(() => query.HasErrors ? null : Build(query, query.Filter, out _));
        if (query.HasErrors || query.Source is null)
        {
            return;
        }

        Plan = QueryPlanner.Plan(query);
        _planned = Build(query, Plan.Residual, out var residual);
        Predicate = residual;
    }

    /// <summary>The bound query compiled.</summary>
    public BoundQuery Query { get; }

    /// <summary>How the rows are found; null when the query has errors.</summary>
    public QueryPlan? Plan { get; }

    /// <summary>
    /// The compiled row test: <c>(QueryContext context, TRow row) =&gt; bool</c> of the plan's residual condition
    /// (<c>true</c> when the indexes answer everything); null when the query has errors. For <c>Explain</c>.
    /// </summary>
    public LambdaExpression? Predicate { get; }

    /// <summary>Runs the query on <paramref name="corpus"/>; a query with errors returns its diagnostics without running.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public QueryResult Execute(Corpus corpus, CancellationToken cancellationToken = default) =>
        _planned is null
            ? QueryResult.NotRun(Query.Source, Query.Diagnostics)
            : QueryExecutor.Execute(Query, Plan, _planned, corpus, cancellationToken);

    /// <summary>
    /// Runs the query on <paramref name="rows"/> instead of the corpus's own rows (say, statements a program has
    /// already filtered or gathered from several corpora), with the whole compiled condition: the indexes are not
    /// used. Names of speakers and topics are resolved in <paramref name="corpus"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The query does not read rows of type <typeparamref name="TRow"/>, or a row is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public QueryResult Execute<TRow>(IEnumerable<TRow> rows, Corpus corpus, CancellationToken cancellationToken = default)
        where TRow : class
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(corpus);
        if (_scanning.Value is not { } functions)
        {
            return QueryResult.NotRun(Query.Source, Query.Diagnostics);
        }

        if (Query.Source!.ElementType != typeof(TRow))
        {
            throw new ArgumentException(
                $"The query reads {Query.Source.Name} ({Query.Source.ElementType.Name}), not rows of type {typeof(TRow).Name}.", nameof(rows));
        }

        var boxed = rows.Select(row => (object?)row ?? throw new ArgumentException("A row is null.", nameof(rows)));
        return QueryExecutor.Execute(Query, null, functions, corpus, cancellationToken, boxed);
    }

    /// <summary>Runs the whole compiled condition over every row, ignoring the plan: the planner's oracle in tests.</summary>
    internal QueryResult ExecuteScan(Corpus corpus, CancellationToken cancellationToken = default) =>
        _scanning.Value is { } functions
            ? QueryExecutor.Execute(Query, null, functions, corpus, cancellationToken)
            : QueryResult.NotRun(Query.Source, Query.Diagnostics);

    private static QueryFunctions Build(BoundQuery query, BoundExpression? filter, out LambdaExpression predicate)
    {
        var builder = new ExpressionBuilder(query.Source!.ElementType);
        predicate = builder.Predicate(filter);
        return new QueryFunctions(
            filter is null ? null : builder.Boxed<bool>(predicate),
            Values(builder, query.GroupKeys.Select(k => k.Expression)),
            query.IsGrouped ? [] : Values(builder, query.Orderings.Select(o => o.Expression)),
            Values(builder, query.Columns.Select(c => c.Expression)));
    }

    private static ImmutableArray<Func<QueryContext, object, object?>> Values(ExpressionBuilder builder, IEnumerable<BoundExpression> expressions) =>
        [.. expressions.Select(e => builder.Boxed<object?>(builder.Value(e)))];
}
