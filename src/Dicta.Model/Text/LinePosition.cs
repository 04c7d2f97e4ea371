using System.Globalization;

namespace Dicta.Model.Text;

/// <summary>
/// A zero-based line and character position in a <see cref="SourceText"/>.
/// People read positions one-based: <see cref="ToString"/> prints them that way.
/// </summary>
public readonly record struct LinePosition : IComparable<LinePosition>
{
    /// <summary>Creates a position; both parts must not be negative.</summary>
    public LinePosition(int line, int character)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(line);
        ArgumentOutOfRangeException.ThrowIfNegative(character);
        Line = line;
        Character = character;
    }

    /// <summary>The zero-based line number.</summary>
    public int Line { get; }

    /// <summary>The zero-based character offset within the line, in UTF-16 code units.</summary>
    public int Character { get; }

    /// <summary>Orders by line, then by character.</summary>
    public int CompareTo(LinePosition other)
    {
        var byLine = Line.CompareTo(other.Line);
        return byLine != 0 ? byLine : Character.CompareTo(other.Character);
    }

    /// <summary>Compares positions by line, then by character.</summary>
    public static bool operator <(LinePosition left, LinePosition right) => left.CompareTo(right) < 0;

    /// <summary>Compares positions by line, then by character.</summary>
    public static bool operator >(LinePosition left, LinePosition right) => left.CompareTo(right) > 0;

    /// <summary>Compares positions by line, then by character.</summary>
    public static bool operator <=(LinePosition left, LinePosition right) => left.CompareTo(right) <= 0;

    /// <summary>Compares positions by line, then by character.</summary>
    public static bool operator >=(LinePosition left, LinePosition right) => left.CompareTo(right) >= 0;

    /// <summary>The position as one-based <c>line,column</c>, the form compilers print.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Line + 1},{Character + 1}");
}
