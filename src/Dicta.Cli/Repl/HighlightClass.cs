namespace Dicta.Cli.Repl;

/// <summary>What a piece of a query is, for colouring it.</summary>
internal enum HighlightClass
{
    /// <summary>A reserved word: <c>where</c>, <c>and</c>, <c>group</c>, <c>true</c>.</summary>
    Keyword,

    /// <summary>The source the query starts from: <c>statements</c>.</summary>
    Source,

    /// <summary>A field name: <c>speaker</c>, <c>country</c>.</summary>
    Field,

    /// <summary>A string literal.</summary>
    String,

    /// <summary>A number or a date literal.</summary>
    Number,

    /// <summary>A regular expression literal.</summary>
    Regex,

    /// <summary>A parameter: <c>$who</c>.</summary>
    Parameter,

    /// <summary>Punctuation and comparison operators.</summary>
    Operator,

    /// <summary>A comment: <c>-- …</c>.</summary>
    Comment,

    /// <summary>Text the parser could not use: skipped tokens and bad characters.</summary>
    Bad,
}
