using System.Runtime.CompilerServices;
using System.Buffers;
using System.Collections.Frozen;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Dicta.Extraction.Layout;

/// <summary>
/// What a line looks like, without reading it: how long, how it starts and ends, how many of its words are
/// capitalised. These are the "special sequences" of <c>grammar/article.ebnf</c> that the line grammar leans on.
/// </summary>
internal static class TextShape
{
    /// <summary>Lines up to this many characters are kept as strings for the line grammars; longer lines are prose.</summary>
    public const int MaxShortLine = 300;

    /// <summary>Words are counted up to this number; a longer line counts as this many.</summary>
    public const int WordCountCap = 1000;

    /// <summary>The ASCII digits, the digits of dates. A search for them does not box, unlike <c>IndexOfAnyInRange</c>.</summary>
    public static readonly SearchValues<char> AsciiDigits = SearchValues.Create("0123456789");

    private static readonly SearchValues<char> Numerals = SearchValues.Create("0123456789.,%$€£");

    /// <summary>Function words a title-case line leaves in lower case.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MinorWords = FrozenSet.Create(
        StringComparer.Ordinal,
        "a", "an", "the", "and", "or", "nor", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as",
        "vs", "via", "into", "over", "per", "amid", "than", "up", "off", "out", "is", "are", "be")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words a headline does not end with: a line that ends with one was cut off.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DanglingWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "a", "an", "the", "and", "or", "nor", "but", "of", "with", "that", "which")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True for white space and for the invisible characters scraped text is full of (zero-width spaces, BOMs).</summary>
    public static bool IsInvisible(char c) =>
        c < 0x80 ? c == ' ' || (uint)(c - '\t') <= '\r' - '\t' : char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD';

    /// <summary>The number of space-separated words, up to <see cref="WordCountCap"/>.</summary>
    /// <remarks>
    /// Every line of every article is counted, and a character-by-character loop spends most of its time mispredicting
    /// where words end; eight characters at a time, a word start is a visible character after an invisible one.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int CountWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        var i = 0;
        var inWord = false;
        if (Vector128.IsHardwareAccelerated)
        {
            var units = MemoryMarshal.Cast<char, ushort>(text);
            var visibleBefore = 0u;
            for (; i + Vector128<ushort>.Count <= units.Length && count < WordCountCap; i += Vector128<ushort>.Count)
            {
                var visible = ~Invisible(Vector128.Create(units.Slice(i, Vector128<ushort>.Count))).ExtractMostSignificantBits() & 0xFF;
                count += BitOperations.PopCount(visible & ~((visible << 1) | visibleBefore));
                visibleBefore = visible >> 7;
            }

            inWord = visibleBefore != 0;
        }

        for (; i < text.Length && count < WordCountCap; i++)
        {
            if (IsInvisible(text[i]))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                count++;
            }
        }

        return Math.Min(count, WordCountCap);
    }

    /// <summary>The lanes that hold an <see cref="IsInvisible"/> character.</summary>
    private static Vector128<ushort> Invisible(Vector128<ushort> chars)
    {
        var invisible = Vector128.Equals(chars, Vector128.Create((ushort)' '))
            | Vector128.LessThanOrEqual(chars - Vector128.Create((ushort)'\t'), Vector128.Create((ushort)('\r' - '\t')));
        if (!Vector128.GreaterThanAny(chars, Vector128.Create((ushort)0x7F)))
        {
            return invisible;
        }

        // Beyond ASCII: the white space of char.IsWhiteSpace, and the zero-width and soft-hyphen characters.
        return invisible
            | Vector128.Equals(chars, Vector128.Create((ushort)0x0085)) | Vector128.Equals(chars, Vector128.Create((ushort)0x00A0))
            | Vector128.Equals(chars, Vector128.Create((ushort)0x00AD)) | Vector128.Equals(chars, Vector128.Create((ushort)0x1680))
            | Vector128.LessThanOrEqual(chars - Vector128.Create((ushort)0x2000), Vector128.Create((ushort)(0x200D - 0x2000)))
            | Vector128.Equals(chars, Vector128.Create((ushort)0x2028)) | Vector128.Equals(chars, Vector128.Create((ushort)0x2029))
            | Vector128.Equals(chars, Vector128.Create((ushort)0x202F)) | Vector128.Equals(chars, Vector128.Create((ushort)0x205F))
            | Vector128.Equals(chars, Vector128.Create((ushort)0x2060)) | Vector128.Equals(chars, Vector128.Create((ushort)0x3000))
            | Vector128.Equals(chars, Vector128.Create((ushort)0xFEFF));
    }

    /// <summary>True when the text holds a double quotation mark of any style: a sign that it reports speech.</summary>
    public static bool HasQuotationMarks(ReadOnlySpan<char> text) =>
        text.ContainsAny('"', '“', '”') || text.ContainsAny('„', '«', '»');

    /// <summary>True when the text opens with a quotation mark and closes with one: a pull quote.</summary>
    public static bool IsEnclosedInQuotes(string text) =>
        text.Length > 2 && IsOpeningQuote(text[0]) && IsClosingQuote(text[^1]);

    /// <summary>True when the first letter or digit, after opening quotes and brackets, is a capital or a digit.</summary>
    public static bool StartsCapitalized(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return char.IsUpper(c) || char.IsDigit(c);
            }

            if (!IsOpeningQuote(c) && c is not ('(' or '[' or '¿' or '¡'))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The last character that is not a closing quotation mark or bracket; '\0' when there is none.</summary>
    public static char LastMark(string text)
    {
        for (var i = text.Length - 1; i >= 0; i--)
        {
            if (!IsClosingQuote(text[i]) && text[i] is not (')' or ']'))
            {
                return text[i];
            }
        }

        return '\0';
    }

    /// <summary>True when the text ends with an ellipsis ("..." or "…"): a teaser cut short.</summary>
    public static bool EndsWithEllipsis(string text) =>
        text.EndsWith('…') || text.EndsWith("...", StringComparison.Ordinal);

    /// <summary>
    /// The share of words that start with a capital, leaving out the function words title case keeps small (the
    /// first word always counts). 0 when there are no words with letters.
    /// </summary>
    public static double TitleCaseShare(string text)
    {
        int significant = 0, capitalized = 0;
        var first = true;
        foreach (var range in text.AsSpan().Split(' '))
        {
            var word = text.AsSpan()[range].Trim("\"“”‘’'«»()[]:;,.!?-–—");
            if (word.IsEmpty || !word.ContainsAnyExcept(Numerals))
            {
                continue;
            }

            if (!first && MinorWords.Contains(word))
            {
                continue;
            }

            first = false;
            significant++;
            if (char.IsUpper(word[0]) || char.IsDigit(word[0]))
            {
                capitalized++;
            }
        }

        return significant == 0 ? 0 : (double)capitalized / significant;
    }

    /// <summary>
    /// A headline: 1–25 words, up to 200 characters, starting with a capital, and not ending like a sentence
    /// or clause (full stop, comma, colon, semicolon, ellipsis) or a line cut off ("…trade, energy and").
    /// Questions and exclamations may be headlines.
    /// </summary>
    public static bool IsHeadlineLike(string text, int words) =>
        words is >= 1 and <= 25 && text.Length <= 200 && StartsCapitalized(text) && !EndsWithEllipsis(text)
        && LastMark(text) is not ('.' or ',' or ';' or ':' or '\0') && !DanglingWords.Contains(LastWord(text));

    /// <summary>The last space-separated word.</summary>
    private static ReadOnlySpan<char> LastWord(string text) => text.AsSpan((text.LastIndexOf(' ') + 1)..);

    /// <summary>
    /// A section heading: 1–12 words, up to 100 characters, starting with a capital, not ending with punctuation
    /// (a question only in title case), and either in title case (60% of the words that matter capitalised) or a pull quote.
    /// </summary>
    public static bool IsHeadingLike(string text, int words)
    {
        if (words is < 1 or > 12 || text.Length > 100 || !StartsCapitalized(text) || EndsWithEllipsis(text))
        {
            return false;
        }

        // The last character inside the quotation marks of a pull quote; title case is only counted when it matters.
        var enclosed = IsEnclosedInQuotes(text);
        return text[enclosed ? ^2 : ^1] switch
        {
            '.' or ',' or ';' or ':' or '!' or '…' => false,
            '?' => TitleCaseShare(text) >= 0.6,
            _ => LastMark(text) is not ('.' or ',' or ';' or ':' or '!' or '?' or '\0') && (enclosed || TitleCaseShare(text) >= 0.6),
        };
    }

    private static bool IsOpeningQuote(char c) => c is '"' or '“' or '‘' or '\'' or '«' or '„' or '‚';

    private static bool IsClosingQuote(char c) => c is '"' or '”' or '’' or '\'' or '»' or '“';
}
