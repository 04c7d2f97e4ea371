using System.Collections.Immutable;
using System.CommandLine;

namespace Dicta.Cli.Commands;

/// <summary>
/// <c>--param name=value</c> (repeatable): the values of a query's <c>$name</c> parameters. Values are passed as text;
/// the binder converts them to the type the query needs (a date, a number), or says why it cannot.
/// </summary>
internal sealed class ParameterOption
{
    private readonly Option<string[]> _option = new("--param", "-p")
    {
        Description = "A value for a $name parameter of the query, as name=value (repeatable).",
        AllowMultipleArgumentsPerToken = false,
        Arity = ArgumentArity.OneOrMore,
    };

    public ParameterOption()
    {
        _option.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (!TryParse(token.Value, out _, out _))
                {
                    result.AddError($"--param '{token.Value}' is not name=value (a name of letters, digits and '_', then '=', then the value)");
                }
            }
        });
    }

    /// <summary>Adds the option to <paramref name="command"/>.</summary>
    public void AddTo(Command command) => command.Add(_option);

    /// <summary>The parameters the command line gives, by name.</summary>
    public ImmutableDictionary<string, object?> Values(ParseResult result)
    {
        var values = ImmutableDictionary.CreateBuilder<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (var text in result.GetValue(_option) ?? [])
        {
            if (TryParse(text, out var name, out var value))
            {
                values[name] = value;
            }
        }

        return values.ToImmutable();
    }

    private static bool TryParse(string text, out string name, out string value)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        name = equals > 0 ? text[..equals].TrimStart('$') : string.Empty;
        value = equals > 0 ? text[(equals + 1)..] : string.Empty;
        return name.Length > 0 && char.IsLetter(name[0]) && name.All(c => char.IsLetterOrDigit(c) || c == '_');
    }
}
