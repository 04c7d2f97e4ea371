using System.Collections.Immutable;
using Dicta.Model.Diagnostics;

namespace Dicta.Extraction.Quotations;

/// <summary>What <see cref="QuoteScanner.Scan"/> found in an article's body.</summary>
/// <param name="Quotations">The quotations, ordered by where they open (an outer quotation before the ones inside it).</param>
/// <param name="Diagnostics">Unbalanced quotation marks, ordered by position.</param>
public sealed record QuotationScan(ImmutableArray<Quotation> Quotations, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>A scan that found nothing: for texts with no body.</summary>
    public static QuotationScan Empty { get; } = new([], []);
}
