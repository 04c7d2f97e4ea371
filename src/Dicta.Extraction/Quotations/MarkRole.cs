namespace Dicta.Extraction.Quotations;

/// <summary>What a quotation-mark character does where it stands.</summary>
internal enum MarkRole
{
    /// <summary>Not a quotation mark here: an apostrophe, a prime (5'10"), an elision (’90s).</summary>
    None,

    /// <summary>Opens a quotation.</summary>
    Opening,

    /// <summary>Closes the nearest open quotation of its style, or is unmatched.</summary>
    Closing,
}
