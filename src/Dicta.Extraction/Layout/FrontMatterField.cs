namespace Dicta.Extraction.Layout;

/// <summary>A <c>key: value</c> line of front matter.</summary>
/// <param name="Key">The key as written.</param>
/// <param name="ValueStart">Where the value starts in the line's trimmed content (its length when the value is empty).</param>
internal sealed record FrontMatterField(string Key, int ValueStart);
