using System.Collections.Immutable;
using Dicta.Model;
using Dicta.Model.Diagnostics;

namespace Dicta.Extraction;

/// <summary>What extracting one input gave: the article, or, when there is none to give, why.</summary>
/// <param name="Article">The article; null when the input could not be read at all (missing, too large, binary).</param>
/// <param name="Diagnostics">Diagnostics that belong to no article because there is none; an article carries its own.</param>
public sealed record ExtractionResult(Article? Article, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>A result with no article and one diagnostic saying why.</summary>
    public static ExtractionResult Failed(Diagnostic diagnostic) => new(null, [diagnostic]);

    /// <summary>A result with an article.</summary>
    public static ExtractionResult Succeeded(Article article) => new(article, []);
}
