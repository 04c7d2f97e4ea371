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
    /// <c>statement =&gt; condition</c>, with <paramref name="context"/> built in as a constant (the corpus the
    /// speaker and topic names are resolved in): a statement filter for LINQ over the model.
    /// </summary>
    public static Expression<Func<Statement, bool>> ToStatementPredicate(BoundExpression condition, QueryContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var predicate = ToPredicate<Statement>(condition);
        var statement = Expression.Parameter(typeof(Statement), "statement");
        return Expression.Lambda<Func<Statement, bool>>(
            ExpressionInliner.Inline(predicate, Expression.Constant(context), statement),
            statement);
    }

    /// <summary>The <c>where</c> condition of a query on statements as <c>statement =&gt; condition</c> over <paramref name="corpus"/>; <c>true</c> when it has none.</summary>
    /// <exception cref="ArgumentException">The query has errors or does not query statements.</exception>
    public static Expression<Func<Statement, bool>> ToStatementPredicate(BoundQuery query, Corpus corpus)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.HasErrors || query.Source?.ElementType != typeof(Statement))
        {
            throw new ArgumentException("Only a query on statements without errors has a statement predicate.", nameof(query));
        }

        var context = new QueryContext(corpus, query.Text);
        return query.Filter is { } filter ? ToStatementPredicate(filter, context) : _ => true;
    }

    /// <summary>Compiles <paramref name="query"/>; called once per bound query.</summary>
    internal static CompiledQuery CompileCore(BoundQuery query) => new(query);
}
