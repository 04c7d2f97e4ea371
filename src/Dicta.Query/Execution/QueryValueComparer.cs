using System.Collections.Immutable;
using Dicta.Model;

namespace Dicta.Query.Execution;

/// <summary>
/// How result values are grouped and sorted: text ignoring case, symbols by name (speakers), slug (topics) or id
/// (articles), numbers, dates and booleans by value. Absent (null) values equal each other and sort after all others.
/// </summary>
internal sealed class QueryValueComparer : IEqualityComparer<object?>, IComparer<object?>
{
    public static QueryValueComparer Instance { get; } = new();

    public new bool Equals(object? x, object? y) => Compare(x, y) == 0;

    public int GetHashCode(object? obj) => obj switch
    {
        null => 0,
        string text => StringComparer.OrdinalIgnoreCase.GetHashCode(text),
        Speaker speaker => StringComparer.Ordinal.GetHashCode(speaker.Name),
        Topic topic => StringComparer.Ordinal.GetHashCode(topic.Slug),
        Article article => StringComparer.Ordinal.GetHashCode(article.Id),
        ImmutableArray<object> values => values.Aggregate(17, (hash, v) => (hash * 31) + GetHashCode(v)),
        _ => obj.GetHashCode(),
    };

    /// <summary>Orders absent values last.</summary>
    public int Compare(object? x, object? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : 1) : -1;
        }

        return (x, y) switch
        {
            (string a, string b) => string.Compare(a, b, StringComparison.OrdinalIgnoreCase),
            (Speaker a, Speaker b) => string.Compare(a.Name, b.Name, StringComparison.Ordinal),
            (Topic a, Topic b) => string.Compare(a.Slug, b.Slug, StringComparison.Ordinal),
            (Article a, Article b) => string.Compare(a.Id, b.Id, StringComparison.Ordinal),
            (ImmutableArray<object> a, ImmutableArray<object> b) => CompareSequences(a, b),
            (IComparable a, _) when x.GetType() == y.GetType() => a.CompareTo(y),
            _ => string.Compare(x.GetType().FullName, y.GetType().FullName, StringComparison.Ordinal),
        };
    }

    private int CompareSequences(ImmutableArray<object> a, ImmutableArray<object> b)
    {
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var byItem = Compare(a[i], b[i]);
            if (byItem != 0)
            {
                return byItem;
            }
        }

        return a.Length.CompareTo(b.Length);
    }
}
