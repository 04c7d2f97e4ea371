using System.Buffers;

namespace Dicta.Extraction.Quotations;

/// <summary>
/// Decides what one quotation-mark character does from the characters around it and the quotations open so far:
/// opens a quotation, closes one, or is no quotation mark at all (an apostrophe, a prime, an elision).
/// </summary>
/// <remarks>
/// Curly marks and guillemets say their direction; straight marks do not, so their direction comes from their
/// neighbours (an opening mark has space or an opening bracket before it and text after it, a closing mark the
/// reverse) and, where both sides are text or both are space, from whether a quotation of their style is open.
/// A single mark between two letters or digits is always an apostrophe (China’s, don’t, 1990’s).
/// </remarks>
internal static class QuoteMarkClassifier
{
    // Elided words that start with an apostrophe in front of a letter: 'em, 'til, rock 'n' roll.
    private static readonly string[] ElidedWords = ["em", "til", "tis", "twas", "n"];

    /// <summary>The characters that may be quotation marks, for finding the next one in a text (vectorized).</summary>
    internal static SearchValues<char> QuoteChars { get; } = SearchValues.Create("“”\"‘’'«»");

    /// <summary>True for the characters that may be quotation marks.</summary>
    internal static bool IsQuoteChar(char c) => QuoteChars.Contains(c);

    /// <summary>The character that opens a quotation of <paramref name="style"/>.</summary>
    private static char OpeningChar(QuoteStyle style) => style switch
    {
        QuoteStyle.Curly => '“',
        QuoteStyle.Straight => '"',
        QuoteStyle.SingleCurly => '‘',
        QuoteStyle.SingleStraight => '\'',
        _ => '«',
    };

    /// <summary>What the mark at <paramref name="index"/> of <paramref name="chars"/> (one block's text) does.</summary>
    /// <param name="chars">The block's text, from its first to its last non-space character.</param>
    /// <param name="index">The position of a character for which <see cref="IsQuoteChar"/> holds.</param>
    /// <param name="top">The style of the innermost open quotation, if any.</param>
    /// <param name="straightOpen">Whether a straight double quotation is open at any depth.</param>
    /// <param name="afterOpening">Whether the character before is a mark that has just opened a quotation: a straight
    /// mark with text or marks on both sides then opens too ("'"word).</param>
    internal static (MarkRole Role, QuoteStyle Style) Classify(ReadOnlySpan<char> chars, int index, QuoteStyle? top, bool straightOpen, bool afterOpening)
    {
        return chars[index] switch
        {
            '“' => (MarkRole.Opening, QuoteStyle.Curly),
            '”' => (MarkRole.Closing, QuoteStyle.Curly),
            '«' => (MarkRole.Opening, QuoteStyle.Guillemet),
            '»' => (MarkRole.Closing, QuoteStyle.Guillemet),
            '"' => (StraightDouble(chars, index, straightOpen, afterOpening), QuoteStyle.Straight),
            '‘' => (LeftSingle(chars, index), QuoteStyle.SingleCurly),
            '’' => (RightSingle(chars, index, top), QuoteStyle.SingleCurly),
            '\'' => (StraightSingle(chars, index, top, afterOpening), QuoteStyle.SingleStraight),
            _ => (MarkRole.None, QuoteStyle.Curly),
        };
    }

    /// <summary>True when a block whose text is <paramref name="chars"/> opens with a quotation mark of <paramref name="style"/>.</summary>
    internal static bool OpensWith(ReadOnlySpan<char> chars, QuoteStyle style)
    {
        if (chars.IsEmpty || chars[0] != OpeningChar(style))
        {
            return false;
        }

        var (role, found) = Classify(chars, 0, null, straightOpen: false, afterOpening: false);
        return role == MarkRole.Opening && found == style;
    }

    /// <summary>Characters before which a mark opens: space, brackets, dashes, slashes and other quotation marks.</summary>
    private static bool IsOpeningContext(char c) =>
        char.IsWhiteSpace(c) || c is '(' or '[' or '{' or '<' or '-' or '–' or '—' or '/' || IsQuoteChar(c);

    /// <summary>Characters after which a mark closes: space, punctuation, brackets, dashes and other quotation marks.</summary>
    private static bool IsClosingContext(char c) =>
        char.IsWhiteSpace(c) || c is '.' or ',' or ';' or ':' or '!' or '?' or '…' or ')' or ']' or '}' or '>' or '-' or '–' or '—' or '/'
        || IsQuoteChar(c);

    private static bool IsAlphanumeric(char c) => char.IsLetterOrDigit(c);

    private static bool CanOpen(ReadOnlySpan<char> chars, int index) =>
        index + 1 < chars.Length && !char.IsWhiteSpace(chars[index + 1]) && (index == 0 || IsOpeningContext(chars[index - 1]));

    private static bool CanClose(ReadOnlySpan<char> chars, int index) =>
        index > 0 && !char.IsWhiteSpace(chars[index - 1]) && (index + 1 == chars.Length || IsClosingContext(chars[index + 1]));

    private static bool IsBetweenAlphanumerics(ReadOnlySpan<char> chars, int index) =>
        index > 0 && index + 1 < chars.Length && IsAlphanumeric(chars[index - 1]) && IsAlphanumeric(chars[index + 1]);

    private static MarkRole StraightDouble(ReadOnlySpan<char> chars, int index, bool open, bool afterOpening)
    {
        if (!open && index > 0 && char.IsDigit(chars[index - 1]))
        {
            return MarkRole.None; // 5'10": a measure in inches, not a quotation mark.
        }

        var canOpen = CanOpen(chars, index);
        var canClose = CanClose(chars, index);
        if (canOpen != canClose)
        {
            return canOpen ? MarkRole.Opening : MarkRole.Closing;
        }

        return open && !afterOpening ? MarkRole.Closing : MarkRole.Opening;
    }

    private static MarkRole LeftSingle(ReadOnlySpan<char> chars, int index) =>
        IsBetweenAlphanumerics(chars, index) || IsYearElision(chars, index + 1) ? MarkRole.None : MarkRole.Opening;

    private static MarkRole RightSingle(ReadOnlySpan<char> chars, int index, QuoteStyle? top)
    {
        if (IsBetweenAlphanumerics(chars, index))
        {
            return MarkRole.None;
        }

        if (CanOpen(chars, index) && IsAlphanumeric(chars[index + 1]))
        {
            return MarkRole.None; // ’90s, ’em: an elision, written with the apostrophe.
        }

        return SingleCloser(chars, index, top, QuoteStyle.SingleCurly);
    }

    private static MarkRole StraightSingle(ReadOnlySpan<char> chars, int index, QuoteStyle? top, bool afterOpening)
    {
        if (IsBetweenAlphanumerics(chars, index))
        {
            return MarkRole.None;
        }

        var canOpen = CanOpen(chars, index);
        var canClose = CanClose(chars, index);
        if (canOpen && !canClose)
        {
            return IsElision(chars, index + 1) ? MarkRole.None : MarkRole.Opening;
        }

        if (canClose && !canOpen)
        {
            return SingleCloser(chars, index, top, QuoteStyle.SingleStraight);
        }

        return top == QuoteStyle.SingleStraight && !afterOpening ? MarkRole.Closing : MarkRole.Opening;
    }

    /// <summary>
    /// A single mark after text: it closes the innermost quotation if that is a single quotation, unless it is the
    /// apostrophe of a plural possessive inside it (‘the workers’ rights’); with no such quotation open, a mark after
    /// a letter or digit is an apostrophe (Brothers’, goin’), and one after punctuation is a stray closing mark.
    /// </summary>
    private static MarkRole SingleCloser(ReadOnlySpan<char> chars, int index, QuoteStyle? top, QuoteStyle style)
    {
        var afterAlphanumeric = index > 0 && IsAlphanumeric(chars[index - 1]);
        if (top != style)
        {
            return afterAlphanumeric ? MarkRole.None : MarkRole.Closing;
        }

        if (afterAlphanumeric && index + 1 < chars.Length && chars[index + 1] == chars[index])
        {
            return MarkRole.None; // ‘the Joneses’’: the possessive's apostrophe, then the closing mark
        }

        var afterS = index > 0 && chars[index - 1] is 's' or 'S';
        var endsClause = index + 1 == chars.Length || (IsClosingContext(chars[index + 1]) && !char.IsWhiteSpace(chars[index + 1]));
        return afterS && !endsClause && HasLaterSingleCloser(chars, index, style) ? MarkRole.None : MarkRole.Closing;
    }

    /// <summary>
    /// True when another mark that could close the open single quotation follows before anything opens a new one
    /// or a double quotation mark intervenes: then this one is the plural possessive and that one closes.
    /// </summary>
    /// <remarks>The search stops at the next closing candidate, so successive searches cover disjoint stretches.</remarks>
    private static bool HasLaterSingleCloser(ReadOnlySpan<char> chars, int index, QuoteStyle style)
    {
        var closer = style == QuoteStyle.SingleCurly ? '’' : '\'';
        for (var j = index + 1; j < chars.Length; j++)
        {
            var c = chars[j];
            if (c is '“' or '”' or '"' or '«' or '»' or '‘')
            {
                return false;
            }

            if (c != closer || IsBetweenAlphanumerics(chars, j))
            {
                continue;
            }

            if (CanOpen(chars, j) && !CanClose(chars, j))
            {
                if (style == QuoteStyle.SingleStraight)
                {
                    return false; // a new straight quotation opens here
                }

                continue; // ’90s
            }

            return true;
        }

        return false;
    }

    /// <summary>'90s, '22, 'em, 'til, rock 'n' roll: an apostrophe that stands for left-out letters or digits.</summary>
    private static bool IsElision(ReadOnlySpan<char> chars, int start)
    {
        if (IsYearElision(chars, start))
        {
            return true;
        }

        var end = start;
        while (end < chars.Length && char.IsLetter(chars[end]) && end - start <= 4)
        {
            end++;
        }

        if (end < chars.Length && char.IsLetter(chars[end]))
        {
            return false;
        }

        var word = chars[start..end];
        foreach (var elided in ElidedWords)
        {
            if (word.Equals(elided, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Two digits, then an s or no letter or digit: the ’90s, class of ’22.</summary>
    private static bool IsYearElision(ReadOnlySpan<char> chars, int start)
    {
        if (start + 1 >= chars.Length || !char.IsDigit(chars[start]) || !char.IsDigit(chars[start + 1]))
        {
            return false;
        }

        var after = start + 2;
        if (after == chars.Length)
        {
            return true;
        }

        var c = chars[after];
        if (c == 's')
        {
            return after + 1 == chars.Length || !char.IsLetterOrDigit(chars[after + 1]);
        }

        return !char.IsLetterOrDigit(c);
    }
}
