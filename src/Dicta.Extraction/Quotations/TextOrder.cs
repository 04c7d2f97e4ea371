using System.Collections.Immutable;

namespace Dicta.Extraction.Quotations;

/// <summary>
/// Puts blocks, quotations and diagnostics in text order, stably. They nearly always come in that order already,
/// so they are checked first and only sorted when they are not: a sort would copy them for nothing.
/// </summary>
internal static class TextOrder
{
    /// <summary>The items of <paramref name="items"/> ordered by <paramref name="start"/>, equal starts in their order; drains the builder.</summary>
    public static ImmutableArray<T> ByStart<T>(ImmutableArray<T>.Builder items, Func<T, int> start) =>
        IsOrdered(items, start) ? items.DrainToImmutable() : [.. items.OrderBy(start)];

    /// <summary><paramref name="items"/> ordered by <paramref name="start"/>, equal starts in their order.</summary>
    public static ImmutableArray<T> ByStart<T>(ImmutableArray<T> items, Func<T, int> start)
    {
        var span = items.AsSpan();
        for (var i = 1; i < span.Length; i++)
        {
            if (start(span[i]) < start(span[i - 1]))
            {
                return [.. items.OrderBy(start)];
            }
        }

        return items;
    }

    private static bool IsOrdered<T>(ImmutableArray<T>.Builder items, Func<T, int> start)
    {
        for (var i = 1; i < items.Count; i++)
        {
            if (start(items[i]) < start(items[i - 1]))
            {
                return false;
            }
        }

        return true;
    }
}
