using Dicta.Model.Diagnostics;

namespace Dicta.Extraction.Loading;

/// <summary>The diagnostics of finding and reading article sources (ids DX00xx).</summary>
public static class LoadingDiagnostics
{
    /// <summary>A path given to load does not exist.</summary>
    public static DiagnosticDescriptor PathNotFound { get; } =
        new("DX0001", "Path not found", "'{0}' is neither a file nor a directory", DiagnosticSeverity.Error);

    /// <summary>A file could not be read (it vanished, or access was denied).</summary>
    public static DiagnosticDescriptor FileUnreadable { get; } =
        new("DX0002", "File unreadable", "'{0}' could not be read: {1}", DiagnosticSeverity.Error);

    /// <summary>A file is larger than <see cref="LoadOptions.MaxFileBytes"/>.</summary>
    public static DiagnosticDescriptor FileTooLarge { get; } =
        new("DX0003", "File too large", "'{0}' is {1:N0} bytes, more than the limit of {2:N0}; it was not read", DiagnosticSeverity.Error);

    /// <summary>A JSON Lines record is not valid JSON or lacks a text.</summary>
    public static DiagnosticDescriptor BadRecord { get; } =
        new("DX0004", "Bad JSON Lines record", "line {0} of '{1}' was skipped: {2}", DiagnosticSeverity.Error);

    /// <summary>More articles than <see cref="LoadOptions.MaxArticles"/>.</summary>
    public static DiagnosticDescriptor TooManyArticles { get; } =
        new("DX0005", "Too many articles", "only the first {0:N0} articles were loaded; the rest were skipped", DiagnosticSeverity.Warning);

    /// <summary>Two inputs have the same id.</summary>
    public static DiagnosticDescriptor DuplicateId { get; } =
        new("DX0006", "Duplicate article", "'{0}' was already loaded; the second copy was skipped", DiagnosticSeverity.Warning);

    /// <summary>The file is empty or has only white space.</summary>
    public static DiagnosticDescriptor EmptyArticle { get; } =
        new("DX0007", "Empty article", "the article has no text", DiagnosticSeverity.Warning);

    /// <summary>A stage of the pipeline failed on an article: an error in Dicta, reported so that the rest of the load goes on.</summary>
    public static DiagnosticDescriptor ExtractionFailed { get; } =
        new("DX0008", "Extraction failed", "the article could not be analysed ({0}) and was left out; please report this input", DiagnosticSeverity.Error);
}
