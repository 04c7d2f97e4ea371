using System.Globalization;
using Dicta.Cli.Output;
using Dicta.Model;
using Dicta.Query.Execution;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Dicta.Cli.Repl;

/// <summary>
/// Draws a query result in the terminal: statements as a table (speaker, kind, the text with its quotes highlighted,
/// topics, citation), other rows as a table of their columns, <c>group by</c> as a bar chart with the counts, a count as
/// a number. Tables stop after a row limit with a note of how many more there are.
/// </summary>
internal static class ResultRenderer
{
    /// <summary>Draws <paramref name="result"/>, which ran on <paramref name="corpus"/>.</summary>
    public static void Render(IAnsiConsole console, QueryResult result, Corpus corpus, int rowLimit)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(result);
        switch (result.Kind)
        {
            case QueryResultKind.Count:
                console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[bold]{result.Count}[/]"));
                break;
            case QueryResultKind.Groups:
                RenderGroups(console, result, corpus, rowLimit);
                break;
            case QueryResultKind.Items when result.Source?.ElementType == typeof(Statement):
                RenderStatements(console, result.ItemsOf<Statement>(), rowLimit);
                break;
            case QueryResultKind.Items or QueryResultKind.Rows:
                RenderGrid(console, ResultGrid.From(result, corpus), rowLimit);
                break;
            default:
                break;
        }
    }

    private static void RenderStatements(IAnsiConsole console, IReadOnlyList<Statement> statements, int rowLimit)
    {
        var table = NewTable(["speaker", "kind", "text", "topics", "citation"]);
        foreach (var statement in statements.Take(rowLimit))
        {
            table.AddRow(
                new Markup($"[bold]{Markup.Escape(statement.Speaker.Name)}[/]"),
                new Text(ValueText.KindName(statement.Kind)),
                new Markup(StatementMarkup.Of(statement)),
                new Markup($"[green]{Markup.Escape(string.Join(", ", statement.Topics.Select(t => t.Slug)))}[/]"),
                new Markup($"[grey]{Markup.Escape(ValueText.Citation(statement))}[/]"));
        }

        console.Write(table);
        WriteFooter(console, statements.Count, rowLimit);
    }

    private static void RenderGrid(IAnsiConsole console, ResultGrid grid, int rowLimit)
    {
        var table = NewTable(grid.Columns);
        foreach (var row in grid.Rows.Take(rowLimit))
        {
            table.AddRow(row.Select(value => (IRenderable)new Text(ValueText.Format(value))));
        }

        console.Write(table);
        WriteFooter(console, grid.Rows.Length, rowLimit);
    }

    private static void RenderGroups(IAnsiConsole console, QueryResult result, Corpus corpus, int rowLimit)
    {
        var shown = result.Groups.Take(rowLimit).ToList();
        if (shown.Count > 0)
        {
            var chart = new BarChart { Width = Math.Min(100, Math.Max(40, console.Profile.Width - 2)) };
            foreach (var group in shown)
            {
                var label = string.Join(" / ", group.Keys.Select(k => k is null ? "(none)" : ValueText.Format(k)));
                chart.AddItem(Markup.Escape(label), group.Count, Color.SteelBlue);
            }

            console.Write(chart);
        }

        RenderGrid(console, ResultGrid.From(result, corpus), rowLimit);
    }

    private static Table NewTable(IEnumerable<string> columns)
    {
        var table = new Table { Border = TableBorder.Rounded };
        foreach (var column in columns)
        {
            table.AddColumn(new TableColumn(new Markup($"[bold]{Markup.Escape(column)}[/]")));
        }

        return table;
    }

    private static void WriteFooter(IAnsiConsole console, int rows, int rowLimit)
    {
        console.MarkupLine(rows > rowLimit
            ? string.Create(CultureInfo.InvariantCulture, $"[grey]\u2026 {rows - rowLimit} more (use limit or :format)[/]")
            : string.Create(CultureInfo.InvariantCulture, $"[grey]({rows} {(rows == 1 ? "row" : "rows")})[/]"));
    }
}
