namespace Dicta.Cli.Repl;

/// <summary>The colours of the highlight classes, as ANSI SGR sequences (the line editor writes them as it redraws).</summary>
internal static class HighlightPalette
{
    /// <summary>Turns every attribute off.</summary>
    public const string Reset = "\u001b[0m";

    /// <summary>The prompt's colour.</summary>
    public const string Prompt = "\u001b[1;32m";

    /// <summary>The SGR sequence that starts text of <paramref name="kind"/>.</summary>
    public static string Start(HighlightClass kind) => kind switch
    {
        HighlightClass.Keyword => "\u001b[94m",
        HighlightClass.Source => "\u001b[1;36m",
        HighlightClass.Field => "\u001b[36m",
        HighlightClass.String => "\u001b[32m",
        HighlightClass.Number => "\u001b[35m",
        HighlightClass.Regex => "\u001b[33m",
        HighlightClass.Parameter => "\u001b[93m",
        HighlightClass.Comment => "\u001b[90m",
        HighlightClass.Bad => "\u001b[4;31m",
        _ => "\u001b[37m",
    };
}
