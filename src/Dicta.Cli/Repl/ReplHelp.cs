using Spectre.Console;

namespace Dicta.Cli.Repl;

/// <summary>What <c>:help</c> and the banner say.</summary>
internal static class ReplHelp
{
    /// <summary>The line the REPL starts with.</summary>
    public const string Banner = "Dicta: who said what, about what, to whom. Type a query, :help for help, :quit or Ctrl+D to leave.";

    /// <summary>Draws the meta-commands, the keys and a few example queries.</summary>
    public static void Render(IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var commands = new Table { Border = TableBorder.Simple };
        commands.AddColumn("command").AddColumn("what it does");
        commands.AddRow(":help", "this help");
        commands.AddRow(":schema", "the sources and their fields, with types");
        commands.AddRow(":explain QUERY", "the syntax tree, bound tree, plan and compiled expression of a query");
        commands.AddRow(":load PATH", "add an article file, a directory of articles or a JSON Lines file to the corpus");
        commands.AddRow(":corpus", "what is loaded, with counts");
        commands.AddRow(":diagnostics", "the corpus's diagnostics");
        commands.AddRow(":format table|json|jsonl|csv", "how results are written (no argument: the current format)");
        commands.AddRow(":timing on|off", "show how long each query took");
        commands.AddRow(":quit", "leave (Ctrl+D too)");
        console.Write(commands);
        console.MarkupLine("[grey]Keys: Tab completes, ↑ ↓ walk the history, Ctrl+C drops the line or stops a running query.[/]");
        console.MarkupLine("[grey]A query with an open parenthesis or a trailing and/or/operator continues on the next line; an empty line runs it as it is.[/]");
        console.WriteLine();
        console.MarkupLine("Examples:");
        foreach (var example in (string[])[
            "statements where speaker = 'Putin' and topic = 'taiwan'",
            "statements where text has 'multipolar' select speaker, quote, article.outlet",
            "statements where speaker.country = 'China' group by topic",
            "speakers order by statements desc limit 10"])
        {
            console.MarkupLine($"  [cyan]{Markup.Escape(example)}[/]");
        }
    }
}
