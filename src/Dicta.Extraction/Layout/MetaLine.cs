namespace Dicta.Extraction.Layout;

/// <summary>What a publisher, timestamp or byline line says.</summary>
/// <param name="Published">The date the line gives for publication, if any.</param>
/// <param name="Updated">The date the line gives for an update ("Updated: …"), if any.</param>
/// <param name="Outlet">The publisher the line names next to a date ("21.02.2023, Sputnik International"), if any.</param>
/// <param name="IsByline">True for a "By …" line.</param>
internal sealed record MetaLine(ParsedDate? Published, ParsedDate? Updated, string? Outlet, bool IsByline);
