using Dicta.Model;
using Dicta.Model.Diagnostics;

namespace Dicta.Extraction.Loading;

/// <summary>A source that was found but cannot become an article (too large, a bad JSON Lines record); it carries why.</summary>
/// <param name="Id">The id the article would have had.</param>
/// <param name="Diagnostic">Why it cannot be read.</param>
/// <param name="Metadata">What is known of it.</param>
public sealed record UnreadableArticleInput(string Id, Diagnostic Diagnostic, ArticleMetadata Metadata) : ArticleInput(Id, Metadata);
