namespace Dicta.Cli.Repl;

/// <summary>The meta-commands of the REPL (lines that start with a colon).</summary>
internal enum ReplCommandKind
{
    /// <summary>A colon followed by a name the REPL does not know.</summary>
    Unknown,

    /// <summary><c>:help</c>: the commands and a few example queries.</summary>
    Help,

    /// <summary><c>:schema</c>: the sources and their fields with types.</summary>
    Schema,

    /// <summary><c>:explain QUERY</c>: the syntax tree, bound tree, plan and compiled expression.</summary>
    Explain,

    /// <summary><c>:load PATH</c>: adds articles to the corpus.</summary>
    Load,

    /// <summary><c>:corpus</c>: what is loaded, with counts.</summary>
    Corpus,

    /// <summary><c>:diagnostics</c>: the corpus's diagnostics.</summary>
    Diagnostics,

    /// <summary><c>:format table|json|jsonl|csv</c>: how results are written.</summary>
    Format,

    /// <summary><c>:timing on|off</c>: whether each query's elapsed time is shown.</summary>
    Timing,

    /// <summary><c>:quit</c>: leaves the REPL.</summary>
    Quit,
}
