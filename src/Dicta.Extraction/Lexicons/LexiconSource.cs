using System.Collections.Immutable;
using System.Reflection;
using Dicta.Model.Diagnostics;

namespace Dicta.Extraction.Lexicons;

/// <summary>Reads the bytes of a lexicon from a file, a stream or the embedded defaults, turning I/O failures into diagnostics.</summary>
internal static class LexiconSource
{
    /// <summary>The embedded default lexicon <paramref name="fileName"/> (for example <c>topics.json</c>).</summary>
    /// <exception cref="InvalidOperationException">The resource is missing: the assembly was built wrongly.</exception>
    public static byte[] Embedded(string fileName)
    {
        var name = "Dicta.Data." + fileName;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded lexicon '{name}' is missing from {Assembly.GetExecutingAssembly().GetName().Name}.");
        return ReadAll(stream);
    }

    /// <summary>Reads a file, or gives the diagnostic that says why it could not be read.</summary>
    public static (byte[]? Bytes, ImmutableArray<Diagnostic> Diagnostics) File(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            return (System.IO.File.ReadAllBytes(path), []);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return (null, [LexiconDiagnostics.FileUnreadable.Create(Location.None, path, e.Message)]);
        }
    }

    /// <summary>Reads a stream to its end, or gives the diagnostic that says why it could not be read.</summary>
    public static (byte[]? Bytes, ImmutableArray<Diagnostic> Diagnostics) Stream(Stream stream, string path)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            return (ReadAll(stream), []);
        }
        catch (Exception e) when (e is IOException or NotSupportedException or ObjectDisposedException or UnauthorizedAccessException)
        {
            return (null, [LexiconDiagnostics.FileUnreadable.Create(Location.None, path, e.Message)]);
        }
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
