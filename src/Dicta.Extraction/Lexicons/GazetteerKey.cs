using System.Buffers;
using System.Text;

namespace Dicta.Extraction.Lexicons;

/// <summary>
/// The form names and mentions are compared in: lower case; curly and straight apostrophes alike; full stops
/// dropped ("U.S." = "US"); hyphens and dashes as spaces ("Secretary-General" = "Secretary General"); white space
/// collapsed; surrounding punctuation trimmed; and the word "the" dropped wherever it stands ("the Russian
/// leader" = "Russian leader", "President of the United States" = "President of United States").
/// </summary>
internal static class GazetteerKey
{
    /// <summary>Texts up to this length are normalized on the stack; longer ones rent a buffer.</summary>
    public const int StackLimit = 256;

    /// <summary>The characters of a plain text, which normalizes by lower-casing alone.</summary>
    private static readonly SearchValues<char> PlainCharacters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 ");

    /// <summary>The normal form of a name, title phrase or mention; empty when it has no words.</summary>
    public static string Normalize(ReadOnlySpan<char> text)
    {
        var buffer = text.Length <= StackLimit ? stackalloc char[StackLimit] : new char[text.Length];
        return new string(buffer[..Normalize(text, buffer)]);
    }

    /// <summary>
    /// Writes the normal form of <paramref name="text"/> to the start of <paramref name="destination"/>, which must be
    /// at least as long as the text (the normal form never is longer), and returns its length: the look-ups of a
    /// mention need no string.
    /// </summary>
    public static int Normalize(ReadOnlySpan<char> text, Span<char> destination)
    {
        // Most look-ups are a word or a name of plain ASCII letters and digits, single-spaced: such a text has nothing
        // to drop, collapse or trim, and its normal form is its lower case, less any "the".
        if (IsPlain(text))
        {
            Ascii.ToLower(text, destination, out var written);
            return DropArticles(destination, 0, written);
        }

        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (c == '.')
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014')
            {
                pendingSpace = length > 0;
                continue;
            }

            if (pendingSpace)
            {
                destination[length++] = ' ';
                pendingSpace = false;
            }

            destination[length++] = WordTokenizer.IsApostrophe(c) ? '\'' : char.ToLowerInvariant(c);
        }

        // Surrounding punctuation goes; the words left are single-spaced, so "the" is dropped word by word.
        var start = 0;
        while (start < length && !IsKept(destination[start]))
        {
            start++;
        }

        while (length > start && !IsKept(destination[length - 1]))
        {
            length--;
        }

        return DropArticles(destination, start, length);
    }

    /// <summary>The words of a normalized key.</summary>
    public static string[] Words(string key) => key.Length == 0 ? [] : key.Split(' ');

    /// <summary>A word without a possessive ending ("russia's" → "russia").</summary>
    public static string WithoutPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word.TrimEnd('\'');

    /// <summary>A normalized word without a possessive ending, as a slice of it.</summary>
    public static ReadOnlySpan<char> WithoutPossessive(ReadOnlySpan<char> word) =>
        word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word.TrimEnd('\'');

    /// <summary>True for a text of ASCII letters and digits with single spaces between them.</summary>
    private static bool IsPlain(ReadOnlySpan<char> text) =>
        !text.IsEmpty && text[0] != ' ' && text[^1] != ' ' && !text.ContainsAnyExcept(PlainCharacters) && !text.Contains("  ", StringComparison.Ordinal);

    private static bool IsKept(char c) => WordTokenizer.IsWordChar(c) || c == '&';

    /// <summary>Moves the words of <paramref name="text"/>[start..end] other than "the" to its start, single-spaced; returns their length.</summary>
    private static int DropArticles(Span<char> text, int start, int end)
    {
        var length = 0;
        var wordStart = start;
        while (wordStart < end)
        {
            var wordLength = text[wordStart..end].IndexOf(' ');
            var wordEnd = wordLength < 0 ? end : wordStart + wordLength;
            var word = text[wordStart..wordEnd];
            if (!word.SequenceEqual("the"))
            {
                if (length > 0)
                {
                    text[length++] = ' ';
                }

                word.CopyTo(text[length..]);
                length += word.Length;
            }

            wordStart = wordEnd + 1;
        }

        return length;
    }
}
