namespace Dicta.Extraction.Layout;

/// <summary>A dateline found at the start of the first body paragraph.</summary>
/// <param name="Place">The place, as written ("SAMARKAND, UZBEKISTAN"); null for an outlet-only dateline.</param>
/// <param name="Outlet">The outlet in brackets ("Reuters", "CNSNews.com"), if any.</param>
/// <param name="Date">The date, when the dateline gives one with a year.</param>
/// <param name="Length">The dateline's length in characters, separator and following spaces included.</param>
internal sealed record DatelineMatch(string? Place, string? Outlet, ParsedDate? Date, int Length);
