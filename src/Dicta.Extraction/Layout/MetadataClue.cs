namespace Dicta.Extraction.Layout;

/// <summary>What one block tells about the article's metadata.</summary>
/// <param name="Title">The headline, for a title block.</param>
/// <param name="Meta">What a publisher, timestamp or byline block says.</param>
/// <param name="Dateline">What a dateline says.</param>
internal sealed record MetadataClue(string? Title = null, MetaLine? Meta = null, DatelineMatch? Dateline = null);
