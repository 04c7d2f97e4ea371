namespace Dicta.Model.Text;

/// <summary>A span of text given as start and end <see cref="LinePosition"/>s.</summary>
/// <param name="Start">The position of the first character.</param>
/// <param name="End">The position just past the last character.</param>
public readonly record struct LinePositionSpan(LinePosition Start, LinePosition End)
{
    /// <summary>The span as <c>(line,col)-(line,col)</c>, one-based.</summary>
    public override string ToString() => $"({Start})-({End})";
}
