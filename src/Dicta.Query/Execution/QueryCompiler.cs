using System.Linq.Expressions;
using Dicta.Model;
using Dicta.Query.Binding;

namespace Dicta.Query.Execution;

/// <summary>
/// Compiles bound queries to <see cref="System.Linq.Expressions"/> trees. The trees read rows only through the
/// schema's accessor expressions: a query can reach no .NET member the schema does not declare.
/// </summary>
public static class QueryCompiler
{
    /// <summary>The compiled form of <paramref name="query"/>, built on the first call and the same instance after.</summary>
    public static CompiledQuery Compile(BoundQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query.Compiled;
    }

    /// <summary>
    /// <c>(context, row) =&gt; condition</c> over rows of <typeparamref name="TRow"/>, not compiled: for hosts that
    /// compose it into their own trees.
    /// </summary>
    /// <exception cref="ArgumentException">The condition's fields do not read rows of <typeparamref name="TRow"/>.</exception>
    public static Expression<Func<QueryContext, TRow, bool>> ToPredicate<TRow>(BoundExpression condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return (Expression<Func<QueryContext, TRow, bool>>)new ExpressionBuilder(typeof(TRow)).Predicate(condition);
    }

    /// <summary>
    /// <c>row =&gt; condition</c>, with <paramref name="context"/> built in as a constant (the corpus the speaker and
    /// topic names are resolved in): a filter for LINQ over the model.
    /// </summary>
    /// <exception cref="ArgumentException">The condition's fields do not read rows of <typeparamref name="TRow"/>.</exception>
    public static Expression<Func<TRow, bool>> ToPredicate<TRow>(BoundExpression condition, QueryContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ExpressionBuilder.Closed<TRow, bool>(ToPredicate<TRow>(condition), context);
    }

    /// <summary>
    /// The <c>where</c> condition of <paramref name="query"/> as <c>row =&gt; condition</c> over <paramref name="corpus"/>;
    /// <c>row =&gt; true</c> when it has none. Its other clauses (order, limit, select, group, count) are not part of it.
    /// </summary>
    /// <exception cref="ArgumentException">The query has errors or its rows are not of type <typeparamref name="TRow"/>.</exception>
    public static Expression<Func<TRow, bool>> ToPredicate<TRow>(BoundQuery query, Corpus corpus)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(corpus);
        if (query.HasErrors || query.Source?.ElementType != typeof(TRow))
        {
            throw new ArgumentException($"Only a query on rows of type {typeof(TRow).Name} without errors has a predicate over them.", nameof(query));
        }

        return query.Filter is { } filter
            ? ToPredicate<TRow>(filter, new QueryContext(corpus, query.Text))
            : Expression.Lambda<Func<TRow, bool>>(Expression.Constant(true), Expression.Parameter(typeof(TRow), "row"));
    }

    /// <summary>Compiles <paramref name="query"/>; called once per bound query.</summary>
    internal static CompiledQuery CompileCore(BoundQuery query) => new(query);
}
