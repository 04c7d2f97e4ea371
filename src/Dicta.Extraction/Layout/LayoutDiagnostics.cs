using Dicta.Model.Diagnostics;

namespace Dicta.Extraction.Layout;

/// <summary>
/// The diagnostics of laying out an article (ids DX02xx). Layout never fails: a problem is reported where it lies
/// and the text is laid out all the same.
/// </summary>
public static class LayoutDiagnostics
{
    /// <summary>Neither front matter nor the text gives a publication date; date queries will not find the article.</summary>
    public static DiagnosticDescriptor NoDate { get; } =
        new("DX0201", "No date", "the article has no date: no front matter 'published' and no timestamp or dated publisher line in the text", DiagnosticSeverity.Info);

    /// <summary>Front matter opened with <c>---</c> has no closing <c>---</c>; it is taken to end after its last field.</summary>
    public static DiagnosticDescriptor FrontMatterNotClosed { get; } =
        new("DX0202", "Front matter not closed", "the front matter opened here has no closing '---'; it is taken to end at line {0}", DiagnosticSeverity.Warning);

    /// <summary>A front-matter date that cannot be read; the date is looked for in the text instead.</summary>
    public static DiagnosticDescriptor FrontMatterBadDate { get; } =
        new("DX0203", "Bad front matter date", "'{0}' is not a date (use ISO 8601 such as 2023-02-21T17:12+00:00, 21.02.2023 or Feb 21, 2023); it was ignored", DiagnosticSeverity.Warning);

    /// <summary>A front-matter URL that is not an absolute URI.</summary>
    public static DiagnosticDescriptor FrontMatterBadUrl { get; } =
        new("DX0204", "Bad front matter URL", "'{0}' is not an absolute URL; it was ignored", DiagnosticSeverity.Warning);

    /// <summary>Two front-matter keys give the same field ("date" and "published"); the first is kept.</summary>
    public static DiagnosticDescriptor FrontMatterDuplicateKey { get; } =
        new("DX0205", "Duplicate front matter key", "'{0}' gives the {1} a second time; the first value is kept", DiagnosticSeverity.Warning);
}
