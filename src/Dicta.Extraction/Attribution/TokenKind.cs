namespace Dicta.Extraction.Attribution;

/// <summary>What a token of a sentence is, as attribution sees it.</summary>
internal enum TokenKind : byte
{
    /// <summary>A word, number or abbreviation: "Putin", "U.S.", "31%", "China’s".</summary>
    Word,

    /// <summary>A comma, colon, semicolon or bracket.</summary>
    Punctuation,

    /// <summary>A full stop, question mark or exclamation mark.</summary>
    Terminal,

    /// <summary>A dash standing between clauses: – — or a spaced hyphen.</summary>
    Dash,

    /// <summary>A quotation mark that opens or closes a quotation.</summary>
    Quote,
}
