using System.Collections.Immutable;
using System.Text;

namespace Dicta.Query.Execution;

/// <summary>
/// A step of a plan's access path: a set of statement positions (in <see cref="Model.Corpus.Statements"/>) found
/// from the corpus indexes, sorted and distinct. Exactly the statements that satisfy the condition it stands for.
/// </summary>
public abstract record PlanNode
{
    /// <summary>The positions this step finds, ascending and distinct.</summary>
    internal abstract ImmutableArray<int> GetPositions(QueryContext context);

    /// <summary>Writes the step and its inputs, one a line, indented by <paramref name="depth"/>.</summary>
    internal abstract void Write(StringBuilder builder, int depth);

    /// <summary>The step as an indented tree.</summary>
    public sealed override string ToString()
    {
        var builder = new StringBuilder();
        Write(builder, 0);
        return builder.ToString().TrimEnd();
    }

    /// <summary>The union of sorted distinct position lists, sorted and distinct.</summary>
    internal static ImmutableArray<int> Union(IEnumerable<ImmutableArray<int>> lists)
    {
        var result = new List<int>();
        foreach (var list in lists)
        {
            result = Merge(result, list, keepOnlyCommon: false);
        }

        return [.. result];
    }

    /// <summary>The intersection of sorted distinct position lists.</summary>
    internal static ImmutableArray<int> Intersect(IReadOnlyList<ImmutableArray<int>> lists)
    {
        if (lists.Count == 0)
        {
            return [];
        }

        var result = lists[0].ToList();
        for (var i = 1; i < lists.Count; i++)
        {
            result = Merge(result, lists[i], keepOnlyCommon: true);
        }

        return [.. result];
    }

    private protected static void Indent(StringBuilder builder, int depth) => builder.Append(' ', depth * 2);

    private static List<int> Merge(List<int> left, ImmutableArray<int> right, bool keepOnlyCommon)
    {
        var merged = new List<int>(keepOnlyCommon ? Math.Min(left.Count, right.Length) : left.Count + right.Length);
        int i = 0, j = 0;
        while (i < left.Count && j < right.Length)
        {
            if (left[i] == right[j])
            {
                merged.Add(left[i]);
                i++;
                j++;
            }
            else if (left[i] < right[j])
            {
                if (!keepOnlyCommon)
                {
                    merged.Add(left[i]);
                }

                i++;
            }
            else
            {
                if (!keepOnlyCommon)
                {
                    merged.Add(right[j]);
                }

                j++;
            }
        }

        if (!keepOnlyCommon)
        {
            merged.AddRange(left.Skip(i));
            merged.AddRange(right.Skip(j));
        }

        return merged;
    }
}
