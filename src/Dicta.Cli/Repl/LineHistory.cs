using System.Collections.Immutable;

namespace Dicta.Cli.Repl;

/// <summary>
/// The lines entered in the REPL, oldest first, kept across sessions in a file (one line each, the newest last).
/// Each line is appended to the file as it is entered, so a session that is killed keeps its history. A file that
/// cannot be read or written only means no history: the REPL works without one.
/// </summary>
internal sealed class LineHistory
{
    /// <summary>How many lines are kept.</summary>
    public const int Capacity = 1000;

    private readonly string? _path;
    private ImmutableList<string> _lines;

    private LineHistory(string? path, ImmutableList<string> lines)
    {
        _path = path;
        _lines = lines;
    }

    /// <summary>The lines, oldest first.</summary>
    public IReadOnlyList<string> Lines => _lines;

    /// <summary>The default file: <c>dicta/history</c> under the user's application data directory.</summary>
    public static string DefaultPath =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData, Environment.SpecialFolderOption.DoNotVerify), "dicta", "history");

    /// <summary>A history kept only in memory.</summary>
    public static LineHistory InMemory() => new(null, []);

    /// <summary>The history in <paramref name="path"/> (empty when the file does not exist or cannot be read).</summary>
    public static LineHistory Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        try
        {
            var lines = File.Exists(path) ? File.ReadAllLines(path) : [];
            return new LineHistory(path, [.. lines.Where(l => l.Length > 0).TakeLast(Capacity)]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new LineHistory(path, []);
        }
    }

    /// <summary>Adds <paramref name="line"/> unless it is blank or repeats the last line; saves it to the file.</summary>
    public void Add(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (string.IsNullOrWhiteSpace(line) || (_lines.Count > 0 && string.Equals(_lines[^1], line, StringComparison.Ordinal)))
        {
            return;
        }

        _lines = _lines.Add(line);
        if (_lines.Count > Capacity)
        {
            _lines = _lines.RemoveAt(0);
        }

        if (_path is not null)
        {
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(_path))!);
                File.AppendAllLines(_path, [line]);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A read-only home directory costs the history, not the session.
            }
        }
    }
}
