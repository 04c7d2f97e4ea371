using Dicta.Model.Text;

namespace Dicta.Model.Diagnostics;

/// <summary>Where in which source a diagnostic or a node lies.</summary>
/// <param name="Source">The text the span points into; null for <see cref="None"/>.</param>
/// <param name="Span">The characters concerned.</param>
public sealed record Location(SourceText? Source, TextSpan Span)
{
    /// <summary>No location: a diagnostic about a whole corpus or a command line.</summary>
    public static Location None { get; } = new(null, default);

    /// <summary>The location of <paramref name="span"/> in <paramref name="source"/>.</summary>
    public static Location In(SourceText source, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (!source.Contains(span))
        {
            throw new ArgumentOutOfRangeException(nameof(span), $"The span {span} lies past the end of '{source.Path}'.");
        }

        return new Location(source, span);
    }

    /// <summary>The path of the source, or empty.</summary>
    public string Path => Source?.Path ?? string.Empty;

    /// <summary>The start and end line positions; default for <see cref="None"/>.</summary>
    public LinePositionSpan GetLineSpan() => Source?.GetLinePositionSpan(Span) ?? default;

    /// <summary>The location as <c>path(line,col)</c>, one-based.</summary>
    public override string ToString() => Source is null ? string.Empty : $"{Path}({GetLineSpan().Start})";
}
