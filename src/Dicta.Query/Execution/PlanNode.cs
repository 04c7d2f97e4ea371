using System.Collections.Immutable;
using System.Runtime.InteropServices;
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

    /// <summary>The union of sorted distinct position lists, sorted and distinct; a single list is returned as it is.</summary>
    internal static ImmutableArray<int> Union(IEnumerable<ImmutableArray<int>> lists)
    {
        ImmutableArray<int>? result = null;
        foreach (var list in lists)
        {
            result = result is { } soFar ? Merge(soFar.AsSpan(), list.AsSpan()) : list;
        }

        return result ?? [];
    }

    /// <summary>
    /// The intersection of sorted distinct position lists. It starts from the shortest list and, against a list many
    /// times longer, searches for each position instead of walking both, so its cost follows the shortest list
    /// (<c>speaker = … and topic = …</c> intersects a short speaker list with a long topic list).
    /// </summary>
    internal static ImmutableArray<int> Intersect(IReadOnlyList<ImmutableArray<int>> lists)
    {
        if (lists.Count == 0)
        {
            return [];
        }

        var ordered = lists.OrderBy(list => list.Length).ToList();
        var result = ordered[0];
        for (var i = 1; i < ordered.Count && !result.IsEmpty; i++)
        {
            result = Common(result.AsSpan(), ordered[i].AsSpan());
        }

        return result;
    }

    private protected static void Indent(StringBuilder builder, int depth) => builder.Append(' ', depth * 2);

    /// <summary>The positions in both sorted lists; <paramref name="shorter"/> is no longer than <paramref name="longer"/>.</summary>
    private static ImmutableArray<int> Common(ReadOnlySpan<int> shorter, ReadOnlySpan<int> longer)
    {
        var common = new int[shorter.Length];
        var count = 0;
        if (longer.Length / 16 > shorter.Length)
        {
            // Each search starts where the last one ended: the positions ascend.
            var from = 0;
            foreach (var position in shorter)
            {
                var found = longer[from..].BinarySearch(position);
                if (found >= 0)
                {
                    common[count++] = position;
                    from += found + 1;
                }
                else
                {
                    from += ~found;
                }
            }
        }
        else
        {
            int i = 0, j = 0;
            while (i < shorter.Length && j < longer.Length)
            {
                if (shorter[i] == longer[j])
                {
                    common[count++] = shorter[i];
                    i++;
                    j++;
                }
                else if (shorter[i] < longer[j])
                {
                    i++;
                }
                else
                {
                    j++;
                }
            }
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(count == common.Length ? common : common[..count]);
    }

    /// <summary>The positions in either sorted list, sorted and distinct.</summary>
    private static ImmutableArray<int> Merge(ReadOnlySpan<int> left, ReadOnlySpan<int> right)
    {
        var merged = new int[left.Length + right.Length];
        int i = 0, j = 0, count = 0;
        while (i < left.Length && j < right.Length)
        {
            if (left[i] == right[j])
            {
                merged[count++] = left[i];
                i++;
                j++;
            }
            else if (left[i] < right[j])
            {
                merged[count++] = left[i++];
            }
            else
            {
                merged[count++] = right[j++];
            }
        }

        left[i..].CopyTo(merged.AsSpan(count));
        count += left.Length - i;
        right[j..].CopyTo(merged.AsSpan(count));
        count += right.Length - j;
        return ImmutableCollectionsMarshal.AsImmutableArray(count == merged.Length ? merged : merged[..count]);
    }
}
