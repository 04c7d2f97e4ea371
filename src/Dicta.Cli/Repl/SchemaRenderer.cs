using Dicta.Query.Schema;
using Spectre.Console;

namespace Dicta.Cli.Repl;

/// <summary>Draws <c>:schema</c>: one table per source with its fields, their types and what they hold; sub-fields as <c>speaker.country</c>.</summary>
internal static class SchemaRenderer
{
    /// <summary>Draws every source of <paramref name="schema"/>.</summary>
    public static void Render(IAnsiConsole console, QuerySchema schema)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(schema);
        foreach (var source in schema.Sources)
        {
            var table = new Table { Border = TableBorder.Simple, Title = new TableTitle($"[bold cyan]{Markup.Escape(source.Name)}[/]: {Markup.Escape(source.Description)}") };
            table.AddColumn("field").AddColumn("type").AddColumn("what it holds");
            foreach (var field in source.Fields)
            {
                AddField(table, field.Name, field);
                foreach (var sub in field.Fields)
                {
                    AddField(table, $"{field.Name}.{sub.Name}", sub);
                }
            }

            console.Write(table);
        }

        console.MarkupLine("[grey]A type with * has many values per row: = then means \"has\".[/]");
    }

    private static void AddField(Table table, string name, FieldSymbol field) =>
        table.AddRow(
            new Markup($"[cyan]{Markup.Escape(name)}[/]"),
            new Text(field.Type.GetDisplayName() + (field.IsMany ? "*" : string.Empty)),
            new Text(field.Description));
}
