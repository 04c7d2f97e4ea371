namespace Dicta.Cli.Output;

/// <summary>How query results are written: <c>--format</c> on the command line, <c>:format</c> in the REPL.</summary>
internal enum OutputFormat
{
    /// <summary>An aligned text table for people.</summary>
    Table,

    /// <summary>One JSON array of objects.</summary>
    Json,

    /// <summary>One JSON object per line; statements have the fields of <c>dicta export</c>.</summary>
    Jsonl,

    /// <summary>Comma-separated values with a header row (RFC 4180).</summary>
    Csv,
}
