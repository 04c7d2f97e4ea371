using Dicta.Model.Diagnostics;

namespace Dicta.Extraction.Quotations;

/// <summary>The diagnostics of finding quotations (ids DX03xx).</summary>
public static class QuotationDiagnostics
{
    /// <summary>
    /// An opening mark that nothing closes (and that does not continue into the next paragraph), or a closing mark
    /// that nothing opens. The quotation of an unclosed opening mark ends with its paragraph.
    /// </summary>
    public static DiagnosticDescriptor UnbalancedQuotationMark { get; } =
        new("DX0301", "Unbalanced quotation mark", "unbalanced quotation mark {0}: {1}", DiagnosticSeverity.Warning);
}
