namespace Dicta.Model.Text;

/// <summary>
/// A range of characters in a <see cref="SourceText"/>: a start offset and a length, both in UTF-16 code units.
/// </summary>
public readonly record struct TextSpan : IComparable<TextSpan>
{
    /// <summary>Creates a span; <paramref name="start"/> and <paramref name="length"/> must not be negative.</summary>
    public TextSpan(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        if ((long)start + length > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(length), "The span ends beyond the largest offset.");
        }

        Start = start;
        Length = length;
    }

    /// <summary>The offset of the first character.</summary>
    public int Start { get; }

    /// <summary>The number of characters.</summary>
    public int Length { get; }

    /// <summary>The offset just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>True when the span holds no characters.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>Creates the span from <paramref name="start"/> up to (not including) <paramref name="end"/>.</summary>
    public static TextSpan FromBounds(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        return new TextSpan(start, end - start);
    }

    /// <summary>True when <paramref name="offset"/> lies inside the span (the end is outside).</summary>
    public bool Contains(int offset) => offset >= Start && offset < End;

    /// <summary>True when <paramref name="other"/> lies wholly inside this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>True when the two spans share at least one character.</summary>
    public bool OverlapsWith(TextSpan other) => Math.Max(Start, other.Start) < Math.Min(End, other.End);

    /// <summary>The characters both spans share, or null when they share none.</summary>
    public TextSpan? Overlap(TextSpan other)
    {
        var start = Math.Max(Start, other.Start);
        var end = Math.Min(End, other.End);
        return start < end ? FromBounds(start, end) : null;
    }

    /// <summary>The smallest span that covers both spans.</summary>
    public TextSpan Cover(TextSpan other) => FromBounds(Math.Min(Start, other.Start), Math.Max(End, other.End));

    /// <summary>Orders by start, then by length.</summary>
    public int CompareTo(TextSpan other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : Length.CompareTo(other.Length);
    }

    /// <summary>Compares spans by start, then by length.</summary>
    public static bool operator <(TextSpan left, TextSpan right) => left.CompareTo(right) < 0;

    /// <summary>Compares spans by start, then by length.</summary>
    public static bool operator >(TextSpan left, TextSpan right) => left.CompareTo(right) > 0;

    /// <summary>Compares spans by start, then by length.</summary>
    public static bool operator <=(TextSpan left, TextSpan right) => left.CompareTo(right) <= 0;

    /// <summary>Compares spans by start, then by length.</summary>
    public static bool operator >=(TextSpan left, TextSpan right) => left.CompareTo(right) >= 0;

    /// <summary>The span as <c>[start..end)</c>.</summary>
    public override string ToString() => $"[{Start}..{End})";
}
