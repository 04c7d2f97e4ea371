using System.Collections.Immutable;
using Dicta.Model;
using Dicta.Model.Diagnostics;

namespace Dicta.Extraction.Layout;

/// <summary>The layout of an article: its blocks, the metadata found in it, and what went wrong.</summary>
/// <param name="Blocks">Blocks that tile the text exactly, in order: concatenated, they give the text back.</param>
/// <param name="Metadata">Title, outlet, date and dateline, from front matter first and the text second.</param>
/// <param name="Diagnostics">Malformed front matter, a missing date; each located in the text.</param>
public sealed record ArticleLayout(ImmutableArray<Block> Blocks, ArticleMetadata Metadata, ImmutableArray<Diagnostic> Diagnostics);
