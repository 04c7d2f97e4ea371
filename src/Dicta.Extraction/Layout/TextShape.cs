using System.Buffers;

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

    private static readonly SearchValues<char> QuotationMarks = SearchValues.Create("\"“”„«»");

    private static readonly SearchValues<char> Numerals = SearchValues.Create("0123456789.,%$€£");

    /// <summary>Function words a title-case line leaves in lower case.</summary>
    private static readonly HashSet<string> MinorWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "nor", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as",
        "vs", "via", "into", "over", "per", "amid", "than", "up", "off", "out", "is", "are", "be",
    };

    /// <summary>Words a headline does not end with: a line that ends with one was cut off.</summary>
    private static readonly HashSet<string> DanglingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "nor", "but", "of", "with", "that", "which",
    };

    /// <summary>True for white space and for the invisible characters scraped text is full of (zero-width spaces, BOMs).</summary>
    public static bool IsInvisible(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD';

    /// <summary>The number of space-separated words, up to <see cref="WordCountCap"/>.</summary>
    public static int CountWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (IsInvisible(c))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                if (++count == WordCountCap)
                {
                    break;
                }
            }
        }

        return count;
    }

    /// <summary>True when the text holds a double quotation mark of any style: a sign that it reports speech.</summary>
    public static bool HasQuotationMarks(ReadOnlySpan<char> text) => text.ContainsAny(QuotationMarks);

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

            if (!first && MinorWords.Contains(word.ToString()))
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
    private static string LastWord(string text) => text[(text.LastIndexOf(' ') + 1)..];

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

        var titleCase = TitleCaseShare(text) >= 0.6;
        var inner = IsEnclosedInQuotes(text) ? text[1..^1] : text;
        return (inner.Length > 0 ? inner[^1] : '\0') switch
        {
            '.' or ',' or ';' or ':' or '!' or '…' => false,
            '?' => titleCase,
            _ => LastMark(text) is not ('.' or ',' or ';' or ':' or '!' or '?' or '\0') && (titleCase || IsEnclosedInQuotes(text)),
        };
    }

    private static bool IsOpeningQuote(char c) => c is '"' or '“' or '‘' or '\'' or '«' or '„' or '‚';

    private static bool IsClosingQuote(char c) => c is '"' or '”' or '’' or '\'' or '»' or '“';
}
