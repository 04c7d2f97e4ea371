namespace Dicta.Model;

/// <summary>The role of one block of an article's layout.</summary>
public enum BlockKind
{
    /// <summary>Blank lines between other blocks.</summary>
    Blank,

    /// <summary>Front matter: <c>---</c>, <c>key: value</c> lines, <c>---</c>.</summary>
    FrontMatter,

    /// <summary>The headline.</summary>
    Title,

    /// <summary>The summary under the headline.</summary>
    Standfirst,

    /// <summary>A publisher or timestamp line: "21.02.2023, Sputnik International", "2023-02-21T17:12+0000".</summary>
    Metadata,

    /// <summary>A dateline that opens the body: "SAMARKAND, UZBEKISTAN:", "(CNSNews.com) –".</summary>
    Dateline,

    /// <summary>A section heading inside the body.</summary>
    Heading,

    /// <summary>A paragraph of the body.</summary>
    Paragraph,

    /// <summary>A line of hashtags.</summary>
    Hashtags,

    /// <summary>Text that is not the article: comment notices, newsletter and donation appeals.</summary>
    Boilerplate,
}
