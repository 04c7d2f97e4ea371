using System.Text;

namespace Dicta.Extraction.Loading;

/// <summary>
/// Reads lines as <see cref="TextReader.ReadLine"/> does (ended by CR, LF or CR LF), but never holds more than a
/// limit of one line in memory: a longer line is read through to its end and reported by its length only.
/// </summary>
internal sealed class BoundedLineReader(TextReader reader, long maxLength)
{
    private readonly StringBuilder _line = new();

    /// <summary>Reads the next line: false at the end of the text; otherwise the line, or null and its length when it is too long.</summary>
    public bool TryReadLine(out string? line, out long length)
    {
        _line.Clear();
        length = 0;
        var next = reader.Read();
        if (next < 0)
        {
            line = null;
            return false;
        }

        while (next >= 0 && next is not ('\n' or '\r'))
        {
            if (++length <= maxLength)
            {
                _line.Append((char)next);
            }

            next = reader.Read();
        }

        if (next == '\r' && reader.Peek() == '\n')
        {
            reader.Read();
        }

        line = length <= maxLength ? _line.ToString() : null;
        return true;
    }
}
