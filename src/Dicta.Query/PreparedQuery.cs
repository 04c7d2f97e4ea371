using System.Collections.Immutable;
using Dicta.Model;
using Dicta.Model.Diagnostics;
using Dicta.Query.Binding;
using Dicta.Query.Execution;
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
    private readonly Lazy<CompiledQuery> _compiled;
    private int _runs;

    internal PreparedQuery(SyntaxTree syntax, BoundQuery bound, Corpus corpus, int compileAfterRuns)
    {
        Syntax = syntax;
        Bound = bound;
        _corpus = corpus;
        _compileAfterRuns = compileAfterRuns;
        Plan = bound.HasErrors || bound.Source is null ? null : QueryPlanner.Plan(bound);
        _compiled = new(() => QueryCompiler.Compile(bound), LazyThreadSafetyMode.ExecutionAndPublication);
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
    public bool IsCompiled => _compiled.IsValueCreated;

    /// <summary>The compiled form, built now if it was not yet.</summary>
    public CompiledQuery Compile() => _compiled.Value;

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

        return _compiled.IsValueCreated || Interlocked.Increment(ref _runs) > _compileAfterRuns
            ? _compiled.Value.Execute(corpus, cancellationToken)
            : QueryInterpreter.Execute(Bound, Plan, corpus, cancellationToken);
    }

    /// <summary>The text.</summary>
    public override string ToString() => Text;
}
