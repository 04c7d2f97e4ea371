namespace Dicta.Extraction.Layout;

/// <summary>What a line can be in the trailing boilerplate region (see <c>grammar/article.ebnf</c>, "trailer").</summary>
internal enum TrailerRole
{
    /// <summary>Prose: the trailing region cannot reach past it.</summary>
    Other,

    /// <summary>Blank, rule, hashtag and meta lines: allowed anywhere in the region, keeping their own kinds.</summary>
    Neutral,

    /// <summary>A notice or appeal: boilerplate.</summary>
    Notice,

    /// <summary>A line that opens a list of links ("Related Posts"): boilerplate, and so are the short lines after it.</summary>
    Opener,

    /// <summary>A short line with no cue: boilerplate only after an opener.</summary>
    Short,
}
