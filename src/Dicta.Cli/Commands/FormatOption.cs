using System.CommandLine;
using Dicta.Cli.Output;

namespace Dicta.Cli.Commands;

/// <summary><c>--format table|json|jsonl|csv</c>: how query results are written.</summary>
internal sealed class FormatOption
{
    private readonly Option<OutputFormat> _option = new("--format", "-f")
    {
        Description = "How results are written: table, json, jsonl (statements with the fields of 'export') or csv.",
        DefaultValueFactory = _ => OutputFormat.Table,
    };

    /// <summary>Adds the option to <paramref name="command"/>.</summary>
    public void AddTo(Command command) => command.Add(_option);

    /// <summary>The format the command line names (a table when it names none).</summary>
    public OutputFormat Value(ParseResult result) => result.GetValue(_option);
}
