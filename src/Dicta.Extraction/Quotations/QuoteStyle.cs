namespace Dicta.Extraction.Quotations;

/// <summary>The kind of marks that open and close a <see cref="Quotation"/>.</summary>
public enum QuoteStyle
{
    /// <summary>Curly double quotes: “ ”.</summary>
    Curly,

    /// <summary>Straight double quotes: " ".</summary>
    Straight,

    /// <summary>Curly single quotes: ‘ ’.</summary>
    SingleCurly,

    /// <summary>Straight single quotes: ' '.</summary>
    SingleStraight,

    /// <summary>Guillemets: « ».</summary>
    Guillemet,
}
