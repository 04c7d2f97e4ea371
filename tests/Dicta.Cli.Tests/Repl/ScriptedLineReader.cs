using Dicta.Cli.Repl;

namespace Dicta.Cli.Tests.Repl;

/// <summary>A line reader that plays back lines; <see cref="CtrlC"/> stands for Ctrl+C pressed while typing.</summary>
internal sealed class ScriptedLineReader(params string[] lines) : ILineReader
{
    public const string CtrlC = "\u0003";

    private readonly Queue<string> _lines = new(lines);

    /// <summary>Every request, in order: the prompts and the preceding lines the session asked with.</summary>
    public List<LineRequest> Requests { get; } = [];

    /// <summary>How many lines are still unread.</summary>
    public int Remaining => _lines.Count;

    public string? ReadLine(LineRequest request)
    {
        Requests.Add(request);
        if (!_lines.TryDequeue(out var line))
        {
            return null;
        }

        return line == CtrlC ? throw new OperationCanceledException() : line;
    }
}
