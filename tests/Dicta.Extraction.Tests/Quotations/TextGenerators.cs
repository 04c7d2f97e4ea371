using FsCheck;
using FsCheck.Fluent;

namespace Dicta.Extraction.Tests.Quotations;

/// <summary>Generated article texts for the quotation and sentence properties.</summary>
internal static class TextGenerators
{
    // Quotation marks, terminators, spaces of every kind and a few letters: the characters the stages care about.
    private static readonly char[] Alphabet =
    [
        '“', '”', '"', '‘', '’', '\'', '«', '»', '.', '.', '?', '!', '…', ',', ';', '[', ']', '(', ')', '-', '–', '@', '/',
        ' ', ' ', ' ', '\u00A0', '\t', '\n', '\r', '\u2028', 'a', 'b', 's', 'T', 'U', 'S', 'I', 'x', '1', '9',
    ];

    // Words that mix in apostrophes, abbreviations, decimals and brackets without ever making a quotation themselves.
    private static readonly string[] Words =
    [
        "the", "Putin", "said", "China’s", "don’t", "U.S.", "3.5%", "’90s", "order,", "today.", "Why?", "[Russia]", "(and)",
        "rules-based", "workers", "X", "Mr.", "stop!", "e.g.", "Brothers", "O’Brien", "$218.2bn", "end…",
    ];

    /// <summary>Strings over <see cref="Alphabet"/>, up to a few hundred characters.</summary>
    public static Arbitrary<string> Texts() =>
        Gen.Sized(size => Gen.Choose(0, (size * 4) + 1))
            .SelectMany(length => Gen.ArrayOf(Gen.Elements(Alphabet), length))
            .Select(chars => new string(chars))
            .ToArbitrary();

    /// <summary>Paragraphs of words with balanced, randomly nested quotations.</summary>
    public static Arbitrary<QuotedText> QuotedTexts() =>
        Gen.Choose(1, 3)
            .SelectMany(count => Gen.ArrayOf(Paragraph(), count))
            .Select(QuotedText.Render)
            .ToArbitrary();

    private static Gen<QuotedParagraph> Paragraph() =>
        Gen.Elements(QuoteMarks.All)
            .SelectMany(marks => Gen.Elements(0, 1), (marks, offset) => (marks, offset))
            .SelectMany(
                style => Gen.Choose(1, 6).SelectMany(count => Gen.ArrayOf(Item(0), count)),
                (style, items) => new QuotedParagraph(style.marks, style.offset, items));

    private static Gen<QuoteTree> Item(int depth)
    {
        var word = Gen.Elements(Words).Select(w => new QuoteTree(w, []));
        if (depth >= 4)
        {
            return word;
        }

        var quote = Gen.Choose(1, 4)
            .SelectMany(count => Gen.ArrayOf(Item(depth + 1), count))
            .Select(children => new QuoteTree(null, children));
        return Gen.Frequency((3, word), (1, quote));
    }
}
