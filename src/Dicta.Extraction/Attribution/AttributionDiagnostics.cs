using Dicta.Model.Diagnostics;

namespace Dicta.Extraction.Attribution;

/// <summary>The diagnostics of attribution and speaker resolution (ids DX04xx).</summary>
public static class AttributionDiagnostics
{
    /// <summary>A quotation that no attribution and no earlier statement gives a speaker.</summary>
    public static DiagnosticDescriptor QuoteWithoutSpeaker { get; } =
        new("DX0401", "Quotation without speaker", "this quotation is attributed to no one", DiagnosticSeverity.Info);

    /// <summary>An attribution whose phrase names two people, as in "Xi Putin said".</summary>
    public static DiagnosticDescriptor TwoSpeakers { get; } =
        new("DX0402", "Attribution names two speakers", "'{0}' names two speakers; read as {1}, or else {2}", DiagnosticSeverity.Warning);

    /// <summary>An attribution whose description contradicts the name it gives, as in "Iranian leader Putin".</summary>
    public static DiagnosticDescriptor ContradictoryAttribution { get; } =
        new("DX0403", "Contradictory attribution", "'{0}' contradicts itself; read as {1}, or else {2}", DiagnosticSeverity.Warning);

    /// <summary>A pronoun or description whose speaker cannot be found in the text before it.</summary>
    public static DiagnosticDescriptor UnresolvedMention { get; } =
        new("DX0404", "Unresolved mention", "no earlier speaker for '{0}'; the statement is attributed to '{0}'", DiagnosticSeverity.Info);
}
