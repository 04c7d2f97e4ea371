using System.Collections.Immutable;
using Dicta.Cli.Output;

namespace Dicta.Cli.Repl;

/// <summary>How a REPL session behaves.</summary>
internal sealed record ReplSettings
{
    /// <summary>
    /// True in a terminal: a banner and prompts, results as Spectre tables cut at <see cref="RowLimit"/>, group counts as
    /// bar charts, diagnostics in colour on the console. False for piped input: every row in the plain format of
    /// <c>dicta query</c>, diagnostics on standard error.
    /// </summary>
    public bool Interactive { get; init; }

    /// <summary>How results are written at the start (<c>:format</c> changes it).</summary>
    public OutputFormat Format { get; init; } = OutputFormat.Table;

    /// <summary>The most rows an interactive table shows; a note says how many more there are.</summary>
    public int RowLimit { get; init; } = 20;

    /// <summary>Values of <c>$name</c> parameters, from <c>--param</c>.</summary>
    public ImmutableDictionary<string, object?> Parameters { get; init; } = ImmutableDictionary<string, object?>.Empty;

    /// <summary>Where the corpus was loaded from, for <c>:corpus</c>.</summary>
    public string Origin { get; init; } = "the embedded seed articles";
}
