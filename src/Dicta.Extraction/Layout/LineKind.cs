namespace Dicta.Extraction.Layout;

/// <summary>What a line is on its own, before the article grammar gives it a role (the terminals of <c>grammar/article.ebnf</c>).</summary>
internal enum LineKind
{
    /// <summary>Nothing but white space.</summary>
    Blank,

    /// <summary>A separator: "---", "* * *".</summary>
    Rule,

    /// <summary>Hashtags only.</summary>
    Hashtags,

    /// <summary>A publisher, timestamp or byline line.</summary>
    Meta,

    /// <summary>A notice or appeal that is boilerplate wherever it stands.</summary>
    Notice,

    /// <summary>Anything else: a title, standfirst, heading or paragraph, as the grammar decides.</summary>
    Text,
}
