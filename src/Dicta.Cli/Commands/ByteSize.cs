using System.Globalization;

namespace Dicta.Cli.Commands;

/// <summary>Sizes in bytes as people type them on a command line: <c>500000</c>, <c>64K</c>, <c>32M</c>, <c>1G</c> (in 1024s).</summary>
internal static class ByteSize
{
    private static readonly (char Suffix, int Shift)[] Units = [('K', 10), ('M', 20), ('G', 30)];

    /// <summary>Reads <paramref name="text"/>; false when it is not a whole number of bytes with an optional K, M or G.</summary>
    public static bool TryParse(string text, out long bytes)
    {
        bytes = 0;
        var digits = text.AsSpan().Trim();
        var shift = 0;
        var last = digits.IsEmpty ? '\0' : char.ToUpperInvariant(digits[^1]);
        foreach (var unit in Units)
        {
            if (unit.Suffix == last)
            {
                shift = unit.Shift;
                digits = digits[..^1];
            }
        }

        if (!long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count > long.MaxValue >> shift)
        {
            return false;
        }

        bytes = count << shift;
        return true;
    }

    /// <summary>The size with the largest unit that divides it: 33554432 is "32M".</summary>
    public static string Format(long bytes)
    {
        for (var i = Units.Length - 1; i >= 0; i--)
        {
            if (bytes > 0 && bytes % (1L << Units[i].Shift) == 0)
            {
                return string.Create(CultureInfo.InvariantCulture, $"{bytes >> Units[i].Shift}{Units[i].Suffix}");
            }
        }

        return bytes.ToString(CultureInfo.InvariantCulture);
    }
}
