using System.Reflection;
using Dicta.Model;
using Dicta.Model.Diagnostics;
using Dicta.Model.Text;

namespace Dicta.Extraction.Loading;

/// <summary>Finds articles: the embedded seed corpus, a file, a directory searched recursively, or a JSON Lines file.</summary>
public static class ArticleSources
{
    private const string SeedPrefix = "Dicta.Seeds.";

    /// <summary>How many times <see cref="LoadOptions.MaxFileBytes"/> a JSON Lines file may be.</summary>
    private const long JsonLinesFileFactor = 64;

    /// <summary>
    /// The five seed articles the project started from, embedded in this assembly: the default corpus, queried when
    /// no other is given.
    /// </summary>
    public static IEnumerable<ArticleInput> Seeds()
    {
        var assembly = typeof(ArticleSources).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(SeedPrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            yield return ArticleInput.FromBytes(name[SeedPrefix.Length..], ReadResource(assembly, name));
        }
    }

    /// <summary>
    /// The articles at <paramref name="path"/>: a <c>.jsonl</c> file's records, another file as one article, or every
    /// file matching <see cref="LoadOptions.FilePattern"/> below a directory, with ids relative to it.
    /// A path that does not exist yields one <see cref="UnreadableArticleInput"/>.
    /// </summary>
    public static IEnumerable<ArticleInput> FromPath(string path, LoadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= LoadOptions.Default;
        if (Directory.Exists(path))
        {
            return FromDirectory(path, options);
        }

        if (!File.Exists(path))
        {
            return [new UnreadableArticleInput(path, LoadingDiagnostics.PathNotFound.Create(FileLocation(path), path), ArticleMetadata.Empty)];
        }

        return IsJsonLines(path) ? FromJsonLinesFile(path, options) : [FromFile(Path.GetFileName(path), path, options)];
    }

    /// <summary>A location that names a file, for diagnostics about the file as a whole.</summary>
    internal static Location FileLocation(string path) => Location.In(SourceText.From(string.Empty, path), default);

    private static IEnumerable<ArticleInput> FromDirectory(string root, LoadOptions options)
    {
        var enumeration = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MatchCasing = MatchCasing.CaseInsensitive };
        foreach (var file in Directory.EnumerateFiles(root, options.FilePattern, enumeration).Order(StringComparer.Ordinal))
        {
            var id = Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/');
            yield return FromFile(id, file, options);
        }
    }

    private static ArticleInput FromFile(string id, string path, LoadOptions options)
    {
        var metadata = ArticleMetadata.Empty with { FileName = id };
        try
        {
            var size = new FileInfo(path).Length;
            return size > options.MaxFileBytes
                ? new UnreadableArticleInput(id, LoadingDiagnostics.FileTooLarge.Create(FileLocation(path), path, size, options.MaxFileBytes), metadata)
                : ArticleInput.FromFile(id, path, metadata);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new UnreadableArticleInput(id, LoadingDiagnostics.FileUnreadable.Create(FileLocation(path), path, e.Message), metadata);
        }
    }

    private static IEnumerable<ArticleInput> FromJsonLinesFile(string path, LoadOptions options)
    {
        // A dataset may be large, but not unboundedly: 64 times the article limit keeps a runaway file out.
        var limit = options.MaxFileBytes > long.MaxValue / JsonLinesFileFactor ? long.MaxValue : options.MaxFileBytes * JsonLinesFileFactor;
        long size;
        try
        {
            size = new FileInfo(path).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [new UnreadableArticleInput(path, LoadingDiagnostics.FileUnreadable.Create(FileLocation(path), path, e.Message), ArticleMetadata.Empty)];
        }

        if (size > limit)
        {
            return [new UnreadableArticleInput(path, LoadingDiagnostics.FileTooLarge.Create(FileLocation(path), path, size, limit), ArticleMetadata.Empty)];
        }

        // A file that reports no bytes has no records, and is not opened: it may be a named pipe that waits for a writer.
        return size == 0 ? [] : ReadJsonLines(path, options.MaxFileBytes);
    }

    private static IEnumerable<ArticleInput> ReadJsonLines(string path, long maxLineLength)
    {
        StreamReader? reader = null;
        UnreadableArticleInput? failure = null;
        try
        {
            reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            failure = new UnreadableArticleInput(path, LoadingDiagnostics.FileUnreadable.Create(FileLocation(path), path, e.Message), ArticleMetadata.Empty);
        }

        if (reader is null)
        {
            yield return failure!;
            yield break;
        }

        using (reader)
        {
            foreach (var input in JsonLinesReader.Read(reader, Path.GetFileName(path), maxLineLength))
            {
                yield return input;
            }
        }
    }

    private static bool IsJsonLines(string path) =>
        path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase);

    private static byte[] ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource '{name}' is missing from {assembly.GetName().Name}.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
