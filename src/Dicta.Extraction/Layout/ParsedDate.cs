namespace Dicta.Extraction.Layout;

/// <summary>A date read from the text, and whether it carried a time of day.</summary>
/// <param name="Value">The instant; midnight UTC when only the date was given.</param>
/// <param name="HasTime">True when the text gave a time (and so a more precise instant than the day).</param>
internal readonly record struct ParsedDate(DateTimeOffset Value, bool HasTime);
