using System.Collections.Immutable;
using System.Linq.Expressions;
using Dicta.Model;
using Dicta.Model.Diagnostics;
using Dicta.Query.Binding;
using Dicta.Query.Execution;
using Dicta.Query.Linq;
using Dicta.Query.Syntax;

namespace Dicta.Query;

/// <summary>
/// A query parsed, bound and planned once, to run many times: on the engine's corpus or another, from any number of
/// threads at once. Its first runs are interpreted; after <see cref="QueryEngineOptions.CompileAfterRuns"/> runs it is
/// compiled to an expression tree, once, and the compiled form answers from then on (both give the same answers).
/// </summary>
public sealed class PreparedQuery
{
    private readonly Corpus _corpus;
    private readonly int _compileAfterRuns;
    private int _runs;

    internal PreparedQuery(SyntaxTree syntax, BoundQuery bound, Corpus corpus, int compileAfterRuns)
    {
        Syntax = syntax;
        Bound = bound;
        _corpus = corpus;
        _compileAfterRuns = compileAfterRuns;
        Plan = bound.HasErrors || bound.Source is null ? null : QueryPlanner.Plan(bound);
    }

    /// <summary>The query's text.</summary>
    public string Text => Syntax.Text.ToString();

    /// <summary>The syntax tree.</summary>
    public SyntaxTree Syntax { get; }

    /// <summary>The bound tree.</summary>
    public BoundQuery Bound { get; }

    /// <summary>How the rows are found (indexes, then a residual test); null when the query has errors.</summary>
    public QueryPlan? Plan { get; }

    /// <summary>The diagnostics of parsing and binding.</summary>
    public ImmutableArray<Diagnostic> Diagnostics => Bound.Diagnostics;

    /// <summary>True when the query has errors and will not run.</summary>
    public bool HasErrors => Plan is null;

    /// <summary>True once the compiled form has been built.</summary>
    public bool IsCompiled => Bound.IsCompiled;

    /// <summary>The compiled form, built now if it was not yet.</summary>
    public CompiledQuery Compile() => Bound.Compiled;

    /// <summary>Runs the query on the corpus it was prepared for.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public QueryResult Execute(CancellationToken cancellationToken = default) => Execute(_corpus, cancellationToken);

    /// <summary>Runs the query on <paramref name="corpus"/>; a query with errors returns its diagnostics without running.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public QueryResult Execute(Corpus corpus, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        if (Plan is null)
        {
            return QueryResult.NotRun(Bound.Source, Bound.Diagnostics);
        }

        return Bound.IsCompiled || Interlocked.Increment(ref _runs) > _compileAfterRuns
            ? Bound.Compiled.Execute(corpus, cancellationToken)
            : QueryInterpreter.Execute(Bound, Plan, corpus, cancellationToken);
    }

    /// <summary>
    /// Runs the query on <paramref name="rows"/> instead of the corpus's rows: statements a program gathered or
    /// built itself, rows from several corpora, a filtered list. Speaker and topic names are resolved in the corpus
    /// the query was prepared for; the corpus indexes are not used.
    /// </summary>
    /// <exception cref="ArgumentException">The query reads rows of another type (say <c>articles</c> over statements), or a row is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public QueryResult Execute<TRow>(IEnumerable<TRow> rows, CancellationToken cancellationToken = default)
        where TRow : class =>
        Compile().Execute(rows, _corpus, cancellationToken);

    /// <summary>
    /// The <c>where</c> condition as <c>row =&gt; bool</c>, for a program's own LINQ (<c>statements.Where(…)</c>, or
    /// any <see cref="IQueryable{T}"/> of model objects); <c>row =&gt; true</c> when there is none. Speaker and topic
    /// names are resolved in the corpus the query was prepared for.
    /// </summary>
    /// <exception cref="QueryException">The query has errors.</exception>
    /// <exception cref="ArgumentException">The query reads rows of another type than <typeparamref name="TRow"/>.</exception>
    public Expression<Func<TRow, bool>> Predicate<TRow>()
    {
        ThrowIfErrors();
        return QueryCompiler.ToPredicate<TRow>(Bound, _corpus);
    }

    /// <summary>
    /// <paramref name="source"/> with the query's <c>where</c>, <c>order by</c> and <c>limit</c> applied as
    /// <c>Where</c>, <c>OrderBy</c>/<c>ThenBy</c> and <c>Take</c>: the same rows, in the same order, as running the
    /// query on those rows, composed lazily into the caller's <see cref="IQueryable{T}"/>.
    /// </summary>
    /// <exception cref="QueryException">The query has errors, or it selects, groups or counts (its result is not its rows).</exception>
    /// <exception cref="ArgumentException">The query reads rows of another type than <typeparamref name="TRow"/>.</exception>
    public IQueryable<TRow> ApplyTo<TRow>(IQueryable<TRow> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        ThrowIfErrors();
        if (Bound.Source!.ElementType != typeof(TRow))
        {
            throw new ArgumentException($"The query reads {Bound.Source.Name} ({Bound.Source.ElementType.Name}), not rows of type {typeof(TRow).Name}.", nameof(source));
        }

        var shaping = Syntax.Root.Clauses.FirstOrDefault(c => c.Kind is SyntaxKind.SelectClause or SyntaxKind.GroupByClause or SyntaxKind.CountClause);
        if (shaping is not null)
        {
            var diagnostic = LinqDiagnostics.NotRowQuery.Create(Location.In(Syntax.Text, shaping.Span), SyntaxFacts.GetClauseName(shaping.Kind));
            throw new QueryException(Text, [diagnostic]);
        }

        return QueryableTranslator.Apply(source, Bound, new QueryContext(_corpus, Bound.Text));
    }

    /// <summary>The text.</summary>
    public override string ToString() => Text;

    private void ThrowIfErrors()
    {
        if (HasErrors)
        {
            throw new QueryException(Text, Diagnostics);
        }
    }
}
