namespace Dicta.Extraction.Loading;

/// <summary>Limits and choices for loading a corpus. The defaults are safe for untrusted input.</summary>
public sealed record LoadOptions
{
    /// <summary>The default options.</summary>
    public static LoadOptions Default { get; } = new();

    /// <summary>
    /// Files larger than this are not read; each gets a diagnostic (checked when the file is found and again while it
    /// is read, so a file that grows is not read past it). A JSON Lines record is held to as many characters, and a
    /// JSON Lines file to 64 times as many bytes. Default 32 MiB: far above any news article.
    /// </summary>
    public long MaxFileBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>At most this many articles are loaded; the rest get one diagnostic. Default one million.</summary>
    public int MaxArticles { get; init; } = 1_000_000;

    /// <summary>How many articles are extracted at once. Default: one per processor.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>The file names a directory is searched for, recursively. Default <c>*.txt</c>.</summary>
    public string FilePattern { get; init; } = "*.txt";
}
