using System.Collections.Immutable;
using Dicta.Model.Diagnostics;
using Dicta.Model.Text;
using Dicta.Query.Execution;
using Dicta.Query.Schema;

namespace Dicta.Query.Binding;

/// <summary>
/// A query checked against the schema: its source, filter, grouping, ordering, limit and result shape, with the
/// diagnostics of binding. The clauses apply in a fixed order: where, group by, order by, limit, then select or count.
/// A query with errors (<see cref="HasErrors"/>) is not run. Its compiled form is built once, on first use.
/// </summary>
public sealed class BoundQuery
{
    // Built on first use, once, under a lock made only if threads race for it: a query prepared and never run
    // allocates nothing for its compiled form.
    private CompiledQuery? _compiled;
    private bool _compiledInitialized;
    private object? _compileLock;

    /// <summary>Creates a bound query; the binder does this from a syntax tree, and tests and hosts may build one in code.</summary>
    /// <param name="source">The source, or null when the query names none the schema knows.</param>
    /// <param name="filter">The <c>where</c> condition, if any.</param>
    /// <param name="groupKeys">The <c>group by</c> keys, if any.</param>
    /// <param name="orderings">The <c>order by</c> keys, if any.</param>
    /// <param name="limit">The <c>limit</c>, if any.</param>
    /// <param name="columns">The <c>select</c> items, if any.</param>
    /// <param name="isCount">True for <c>count</c>.</param>
    /// <param name="diagnostics">What binding found.</param>
    /// <param name="text">The query's text, for the locations of diagnostics at run time.</param>
    public BoundQuery(
        SourceSymbol? source,
        BoundExpression? filter = null,
        ImmutableArray<BoundColumn> groupKeys = default,
        ImmutableArray<BoundOrdering> orderings = default,
        int? limit = null,
        ImmutableArray<BoundColumn> columns = default,
        bool isCount = false,
        ImmutableArray<Diagnostic> diagnostics = default,
        SourceText? text = null)
    {
        Source = source;
        Filter = filter;
        GroupKeys = groupKeys.IsDefault ? [] : groupKeys;
        Orderings = orderings.IsDefault ? [] : orderings;
        Limit = limit;
        Columns = columns.IsDefault ? [] : columns;
        IsCount = isCount;
        Diagnostics = diagnostics.IsDefault ? [] : diagnostics;
        Text = text;
    }

    /// <summary>The source, or null when the query names none the schema knows (then <see cref="HasErrors"/>).</summary>
    public SourceSymbol? Source { get; }

    /// <summary>The <c>where</c> condition; null keeps every row.</summary>
    public BoundExpression? Filter { get; }

    /// <summary>The <c>group by</c> keys; empty when the query does not group.</summary>
    public ImmutableArray<BoundColumn> GroupKeys { get; }

    /// <summary>The <c>order by</c> keys, most significant first.</summary>
    public ImmutableArray<BoundOrdering> Orderings { get; }

    /// <summary>The most rows (or groups) returned; null for all.</summary>
    public int? Limit { get; }

    /// <summary>The <c>select</c> items; empty when the query returns the rows themselves.</summary>
    public ImmutableArray<BoundColumn> Columns { get; }

    /// <summary>True when the query returns only how many rows (or groups) it found.</summary>
    public bool IsCount { get; }

    /// <summary>What binding found: errors, and warnings such as an unknown speaker name.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The query's text; null for a query built in code.</summary>
    public SourceText? Text { get; }

    /// <summary>True when the query does not name a source or any diagnostic is an error; such a query is not run.</summary>
    public bool HasErrors => Source is null || Diagnostics.Any(d => d.IsError);

    /// <summary>True when the query has <c>group by</c>.</summary>
    public bool IsGrouped => !GroupKeys.IsEmpty;

    /// <summary>The compiled form, built on first use and shared by every caller.</summary>
    internal CompiledQuery Compiled => Volatile.Read(ref _compiled) ?? CompileOnce();

    /// <summary>True once the compiled form has been built.</summary>
    internal bool IsCompiled => Volatile.Read(ref _compiled) is not null;

    /// <summary>The query as an indented tree, for <c>Explain</c>.</summary>
    public override string ToString() => BoundTreePrinter.Print(this);

    private CompiledQuery CompileOnce() =>
        LazyInitializer.EnsureInitialized(ref _compiled, ref _compiledInitialized, ref _compileLock, () => QueryCompiler.CompileCore(this))!;
}
