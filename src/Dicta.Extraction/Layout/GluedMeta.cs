namespace Dicta.Extraction.Layout;

/// <summary>A publisher line glued to the end of a longer line.</summary>
/// <param name="Start">The offset in the text where it starts.</param>
/// <param name="Meta">What it says.</param>
internal sealed record GluedMeta(int Start, MetaLine Meta);
