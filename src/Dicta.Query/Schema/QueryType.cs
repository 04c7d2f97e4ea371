namespace Dicta.Query.Schema;

/// <summary>The types a query expression can have. Each maps to one CLR type (see <see cref="QueryTypes"/>).</summary>
public enum QueryType
{
    /// <summary>An expression that did not bind; it fits everywhere so that one mistake gives one diagnostic.</summary>
    Error,

    /// <summary>Text, compared ordinally ignoring case.</summary>
    Text,

    /// <summary>A decimal number.</summary>
    Number,

    /// <summary>A calendar date (<see cref="DateOnly"/>).</summary>
    Date,

    /// <summary>True or false; the type of conditions.</summary>
    Boolean,

    /// <summary>A speaker symbol: <c>=</c> matches any of its names, and a group answers for each member.</summary>
    Speaker,

    /// <summary>A topic symbol: <c>=</c> matches its slug or its label.</summary>
    Topic,

    /// <summary>An article: <c>=</c> matches its id.</summary>
    Article,

    /// <summary>A regular expression; only the right side of <c>matches</c>.</summary>
    Regex,
}
