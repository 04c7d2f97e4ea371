using Dicta.Model;

namespace Dicta.Extraction.Loading;

/// <summary>
/// One article waiting to be read: where its text comes from, its id in the corpus, and metadata known before
/// reading it (from a JSON Lines record). The extraction pipeline turns each input into an <see cref="Article"/>.
/// </summary>
/// <param name="Id">The article's id in the corpus: its file name, relative path or record id.</param>
/// <param name="Metadata">What is known before the text is read; the text fills the rest.</param>
public abstract record ArticleInput(string Id, ArticleMetadata Metadata)
{
    /// <summary>An article whose text is already a string (a JSON Lines record, an article built in code).</summary>
    public static ArticleInput FromText(string id, string text, ArticleMetadata? metadata = null) =>
        new TextArticleInput(id, text, metadata ?? ArticleMetadata.Empty with { FileName = id });

    /// <summary>An article given as raw bytes, decoded by the pipeline (BOM and invalid bytes handled there).</summary>
    public static ArticleInput FromBytes(string id, ReadOnlyMemory<byte> bytes, ArticleMetadata? metadata = null) =>
        new BytesArticleInput(id, bytes, metadata ?? ArticleMetadata.Empty with { FileName = id });

    /// <summary>An article in a file, read when the pipeline gets to it (so that a large folder is not held in memory at once).</summary>
    public static ArticleInput FromFile(string id, string path, ArticleMetadata? metadata = null) =>
        new FileArticleInput(id, path, metadata ?? ArticleMetadata.Empty with { FileName = Path.GetFileName(path) });
}

/// <summary>An article whose text is a string.</summary>
/// <param name="Id">The article's id.</param>
/// <param name="Text">The article's text.</param>
/// <param name="Metadata">Metadata known beforehand.</param>
public sealed record TextArticleInput(string Id, string Text, ArticleMetadata Metadata) : ArticleInput(Id, Metadata);

/// <summary>An article given as bytes.</summary>
/// <param name="Id">The article's id.</param>
/// <param name="Bytes">The encoded text.</param>
/// <param name="Metadata">Metadata known beforehand.</param>
public sealed record BytesArticleInput(string Id, ReadOnlyMemory<byte> Bytes, ArticleMetadata Metadata) : ArticleInput(Id, Metadata);

/// <summary>An article in a file.</summary>
/// <param name="Id">The article's id.</param>
/// <param name="Path">The file to read.</param>
/// <param name="Metadata">Metadata known beforehand.</param>
public sealed record FileArticleInput(string Id, string Path, ArticleMetadata Metadata) : ArticleInput(Id, Metadata);
