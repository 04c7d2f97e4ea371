using System.Collections.Immutable;
using System.Globalization;
using Dicta.Model;
using Dicta.Query.Execution;

namespace Dicta.Query.Testing;

/// <summary>Compares query results exactly (the same rows, values, groups and counts, in the same order) and prints them for counterexamples.</summary>
internal static class Answers
{
    /// <summary>Where <paramref name="actual"/> first differs from <paramref name="expected"/>, or null when they are the same answer.</summary>
    public static string? Difference(QueryResult expected, QueryResult actual)
    {
        if (expected.Kind != actual.Kind)
        {
            return $"kind {expected.Kind} ≠ {actual.Kind}";
        }

        if (!expected.Columns.SequenceEqual(actual.Columns, StringComparer.Ordinal))
        {
            return $"columns {string.Join(", ", expected.Columns)} ≠ {string.Join(", ", actual.Columns)}";
        }

        return expected.Kind switch
        {
            QueryResultKind.Items => FirstDifference(expected.Items, actual.Items, (a, b) => ReferenceEquals(a, b)),
            QueryResultKind.Rows => FirstDifference(expected.Rows, actual.Rows, (a, b) => a.Values.SequenceEqual(b.Values, ValueComparer.Instance)),
            QueryResultKind.Groups => FirstDifference(expected.Groups, actual.Groups, (a, b) => a.Count == b.Count && a.Keys.SequenceEqual(b.Keys, ValueComparer.Instance)),
            QueryResultKind.Count => expected.Count == actual.Count ? null : $"count {expected.Count} ≠ {actual.Count}",
            _ => null,
        };
    }

    /// <summary>The answer one line a row: statements by article and span, values in an invariant form.</summary>
    public static string Describe(QueryResult result) => result.Kind switch
    {
        QueryResultKind.Items => $"{result.Items.Length} items: " + string.Join("; ", result.Items.Select(Format)),
        QueryResultKind.Rows => $"{result.Rows.Length} rows: " + string.Join("; ", result.Rows.Select(r => string.Join(" | ", r.Values.Select(Format)))),
        QueryResultKind.Groups => $"{result.Groups.Length} groups: " + string.Join("; ", result.Groups.Select(g => string.Join(" | ", g.Keys.Select(Format)) + " : " + g.Count.ToString(CultureInfo.InvariantCulture))),
        QueryResultKind.Count => "count " + result.Count!.Value.ToString(CultureInfo.InvariantCulture),
        _ => "not run: " + string.Join("; ", result.Diagnostics),
    };

    /// <summary>A value as a counterexample shows it.</summary>
    public static string Format(object? value) => value switch
    {
        null => "∅",
        Statement s => $"{s.Article.Id}@{s.ContentSpan}",
        Topic t => $"{t.Slug}/{t.Label}",
        ImmutableArray<object> many => "[" + string.Join(", ", many.Select(Format)) + "]",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string? FirstDifference<T>(ImmutableArray<T> expected, ImmutableArray<T> actual, Func<T, T, bool> same)
    {
        for (var i = 0; i < Math.Min(expected.Length, actual.Length); i++)
        {
            if (!same(expected[i], actual[i]))
            {
                return $"at {i}: {Format(expected[i])} ≠ {Format(actual[i])}";
            }
        }

        return expected.Length == actual.Length ? null : $"{expected.Length} ≠ {actual.Length} results";
    }

    /// <summary>
    /// Exact equality of result values: the same type and value (numbers to the last written digit), topics with their
    /// labels, many values item by item, and everything else by its own equality (articles and statements by reference).
    /// </summary>
    private sealed class ValueComparer : IEqualityComparer<object?>
    {
        public static ValueComparer Instance { get; } = new();

        public new bool Equals(object? x, object? y) => (x, y) switch
        {
            (null, null) => true,
            (null, _) or (_, null) => false,
            (ImmutableArray<object> a, ImmutableArray<object> b) => a.SequenceEqual(b, this),
            (Topic a, Topic b) => string.Equals(a.Slug, b.Slug, StringComparison.Ordinal) && string.Equals(a.Label, b.Label, StringComparison.Ordinal),
            (decimal a, decimal b) => a == b && a.Scale == b.Scale,
            _ => x.GetType() == y.GetType() && x.Equals(y),
        };

        public int GetHashCode(object? obj) => obj?.GetHashCode() ?? 0;
    }
}
