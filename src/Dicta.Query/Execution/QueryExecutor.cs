using System.Collections.Immutable;
using Dicta.Model;
using Dicta.Query.Binding;

namespace Dicta.Query.Execution;

/// <summary>
/// Runs a bound query with a set of <see cref="QueryFunctions"/>: takes the plan's candidates (or every row),
/// keeps those the filter passes, then groups, orders, limits, and selects or counts. The interpreter and
/// the compiled query share it, so they differ only in how a row is tested and read.
/// </summary>
internal static class QueryExecutor
{
    /// <summary>
    /// Runs <paramref name="query"/> on the rows of <paramref name="corpus"/>, or on <paramref name="rows"/> when given
    /// (the plan is then ignored: its indexes point into the corpus); a query with errors returns its diagnostics
    /// without running.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static QueryResult Execute(
        BoundQuery query, QueryPlan? plan, QueryFunctions functions, Corpus corpus, CancellationToken cancellationToken, IEnumerable<object>? rows = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(corpus);
        if (query.HasErrors || query.Source is not { } source)
        {
            return QueryResult.NotRun(query.Source, query.Diagnostics);
        }

        var context = new QueryContext(corpus, query.Text, cancellationToken);
        var candidates = rows ?? (plan is null ? source.GetRows(corpus) : plan.GetCandidates(context));
        var passed = new List<object>();
        foreach (var row in candidates)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (functions.Filter is null || functions.Filter(context, row))
            {
                passed.Add(row);
            }
        }

        return query.IsGrouped
            ? Group(query, source, functions, context, passed)
            : Rows(query, source, functions, context, passed);
    }

    private static QueryResult Rows(BoundQuery query, Schema.SourceSymbol source, QueryFunctions functions, QueryContext context, List<object> rows)
    {
        IEnumerable<object> ordered = rows;
        if (!query.Orderings.IsEmpty)
        {
            var keyed = rows.Select((row, index) =>
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                return (Row: row, Index: index, Keys: functions.OrderKeys.Select(key => key(context, row)).ToArray());
            }).ToList();
            keyed.Sort((a, b) => CompareKeys(query.Orderings, a.Keys, b.Keys) is var byKeys && byKeys != 0 ? byKeys : a.Index.CompareTo(b.Index));
            ordered = keyed.Select(k => k.Row);
        }

        var limited = (query.Limit is { } limit ? ordered.Take(limit) : ordered).ToImmutableArray();
        if (query.IsCount)
        {
            return QueryResult.FromCount(source, limited.Length, QueryDiagnostics(query, context));
        }

        if (query.Columns.IsEmpty)
        {
            return QueryResult.FromItems(source, limited, QueryDiagnostics(query, context));
        }

        var columns = query.Columns.Select(c => c.Name).ToImmutableArray();
        var projected = limited
            .Select(row =>
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                return new QueryRow(columns, [.. functions.Columns.Select(column => column(context, row))]);
            })
            .ToImmutableArray();
        return QueryResult.FromRows(source, columns, projected, QueryDiagnostics(query, context));
    }

    private static QueryResult Group(BoundQuery query, Schema.SourceSymbol source, QueryFunctions functions, QueryContext context, List<object> rows)
    {
        var groups = new Dictionary<GroupKey, (int Count, int First)>();
        foreach (var row in rows)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var perKey = functions.GroupKeys.Select(key => KeyValues(key(context, row))).ToList();
            foreach (var combination in Combinations(perKey))
            {
                // A row with many values in several keys joins their product of groups: check between groups too.
                context.CancellationToken.ThrowIfCancellationRequested();
                var key = new GroupKey(combination);
                groups[key] = groups.TryGetValue(key, out var known) ? (known.Count + 1, known.First) : (1, groups.Count);
            }
        }

        var list = groups.Select(g => (Keys: g.Key.Values, g.Value.Count, g.Value.First)).ToList();
        list.Sort((a, b) =>
        {
            var byOrder = query.Orderings.IsEmpty
                ? DefaultGroupOrder(a.Keys, a.Count, b.Keys, b.Count)
                : CompareKeys(query.Orderings, GroupOrderKeys(query, a.Keys, a.Count), GroupOrderKeys(query, b.Keys, b.Count));
            return byOrder != 0 ? byOrder : a.First.CompareTo(b.First);
        });

        var limited = (query.Limit is { } limit ? list.Take(limit) : list).ToImmutableArray();
        if (query.IsCount)
        {
            return QueryResult.FromCount(source, limited.Length, QueryDiagnostics(query, context));
        }

        var columns = query.GroupKeys.Select(k => k.Name).Append("count").ToImmutableArray();
        return QueryResult.FromGroups(source, columns, [.. limited.Select(g => new QueryGroup(g.Keys, g.Count))], QueryDiagnostics(query, context));
    }

    private static ImmutableArray<Model.Diagnostics.Diagnostic> QueryDiagnostics(BoundQuery query, QueryContext context) =>
        query.Diagnostics.AddRange(context.Diagnostics);

    /// <summary>Count descending, then the keys in order, absent last.</summary>
    private static int DefaultGroupOrder(ImmutableArray<object?> aKeys, int aCount, ImmutableArray<object?> bKeys, int bCount)
    {
        var byCount = bCount.CompareTo(aCount);
        if (byCount != 0)
        {
            return byCount;
        }

        for (var i = 0; i < aKeys.Length; i++)
        {
            var byKey = QueryValueComparer.Instance.Compare(aKeys[i], bKeys[i]);
            if (byKey != 0)
            {
                return byKey;
            }
        }

        return 0;
    }

    private static object?[] GroupOrderKeys(BoundQuery query, ImmutableArray<object?> keys, int count) =>
        [.. query.Orderings.Select(o => o.Expression switch
        {
            BoundCountReference => (object?)(decimal)count,
            BoundGroupKeyReference key when key.Index < keys.Length => keys[key.Index],
            _ => null,
        })];

    /// <summary>Compares by each ordering in turn: absent values last whatever the direction.</summary>
    private static int CompareKeys(ImmutableArray<BoundOrdering> orderings, object?[] a, object?[] b)
    {
        for (var i = 0; i < orderings.Length; i++)
        {
            var comparison = OrderingComparer.For(orderings[i].IsDescending).Compare(a[i], b[i]);
            if (comparison != 0)
            {
                return comparison;
            }
        }

        return 0;
    }

    /// <summary>The groups one key puts a row in: each distinct value of a many-valued key, or the one value (null when absent).</summary>
    private static List<object?> KeyValues(object? value) =>
        value is ImmutableArray<object> many
            ? many.IsEmpty ? [null] : [.. many.Distinct(QueryValueComparer.Instance)]
            : [value];

    private static IEnumerable<ImmutableArray<object?>> Combinations(List<List<object?>> perKey)
    {
        IEnumerable<ImmutableArray<object?>> combinations = [[]];
        foreach (var values in perKey)
        {
            combinations = combinations.SelectMany(prefix => values.Select(prefix.Add));
        }

        return combinations;
    }

    /// <summary>A group's key values, equal by <see cref="QueryValueComparer"/>.</summary>
    private readonly record struct GroupKey(ImmutableArray<object?> Values)
    {
        public bool Equals(GroupKey other) => Values.SequenceEqual(other.Values, QueryValueComparer.Instance);

        public override int GetHashCode() =>
            Values.Aggregate(17, (hash, value) => (hash * 31) + QueryValueComparer.Instance.GetHashCode(value));
    }
}
