namespace Dicta.Extraction.Loading;

/// <summary>
/// Reads an article file without trusting what it says about itself: never more than the size limit (a file may grow
/// after it was measured), and never a file that reports no bytes (a named pipe or a device reports none too, and
/// opening one waits for a writer or reads forever).
/// </summary>
internal static class BoundedFileReader
{
    private const int ChunkLength = 64 * 1024;

    /// <summary>The file's bytes, or null when it holds more than <paramref name="limit"/> bytes; <paramref name="size"/> is the size seen.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">Access is denied.</exception>
    public static byte[]? Read(string path, long limit, out long size)
    {
        size = new FileInfo(path).Length;
        if (size > limit)
        {
            return null;
        }

        if (size == 0)
        {
            return [];
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
        var bytes = new byte[size];
        var read = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
        if (read < bytes.Length)
        {
            // Shrunk since it was measured: what is there is the file.
            return bytes[..read];
        }

        return ReadGrowth(stream, bytes, limit, ref size);
    }

    /// <summary>The bytes already read and whatever the file grew by since it was measured, up to the limit.</summary>
    private static byte[]? ReadGrowth(FileStream stream, byte[] bytes, long limit, ref long size)
    {
        // Nearly every file has not grown: one byte tells, and spares it the chunk buffer.
        var next = stream.ReadByte();
        if (next < 0)
        {
            return bytes;
        }

        using var grown = new MemoryStream();
        grown.Write(bytes);
        grown.WriteByte((byte)next);
        var chunk = new byte[ChunkLength];
        var read = stream.Read(chunk);
        if (grown.Length > limit)
        {
            size = grown.Length;
            return null;
        }

        while (read > 0)
        {
            if (grown.Length + read > limit)
            {
                size = grown.Length + read;
                return null;
            }

            grown.Write(chunk, 0, read);
            read = stream.Read(chunk);
        }

        size = grown.Length;
        return grown.ToArray();
    }
}
