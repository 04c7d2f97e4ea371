using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Dicta.Cli.Repl;

/// <summary>A meta-command line: <c>:name argument…</c>.</summary>
/// <param name="Kind">Which command.</param>
/// <param name="Name">The name as typed, without the colon.</param>
/// <param name="Argument">The rest of the line, trimmed (empty when none).</param>
internal sealed record ReplCommand(ReplCommandKind Kind, string Name, string Argument)
{
    private static readonly FrozenDictionary<string, ReplCommandKind> Kinds = new Dictionary<string, ReplCommandKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["help"] = ReplCommandKind.Help,
        ["schema"] = ReplCommandKind.Schema,
        ["explain"] = ReplCommandKind.Explain,
        ["load"] = ReplCommandKind.Load,
        ["corpus"] = ReplCommandKind.Corpus,
        ["diagnostics"] = ReplCommandKind.Diagnostics,
        ["format"] = ReplCommandKind.Format,
        ["timing"] = ReplCommandKind.Timing,
        ["quit"] = ReplCommandKind.Quit,
        ["exit"] = ReplCommandKind.Quit,
        ["q"] = ReplCommandKind.Quit,
        ["?"] = ReplCommandKind.Help,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The names <c>:help</c> lists and completion offers.</summary>
    public static ImmutableArray<string> Names { get; } = ["help", "schema", "explain", "load", "corpus", "diagnostics", "format", "timing", "quit"];

    /// <summary>True when <paramref name="line"/> is a meta-command rather than a query.</summary>
    public static bool IsCommand(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.TrimStart().StartsWith(':');
    }

    /// <summary>The command on <paramref name="line"/> (which starts with a colon).</summary>
    public static ReplCommand Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var body = line.Trim().TrimStart(':');
        var space = body.IndexOfAny([' ', '\t']);
        var name = space < 0 ? body : body[..space];
        var argument = space < 0 ? string.Empty : body[(space + 1)..].Trim();
        return new ReplCommand(Kinds.GetValueOrDefault(name, ReplCommandKind.Unknown), name, argument);
    }
}
