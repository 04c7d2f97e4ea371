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
    /// <summary>The normal form of a name, title phrase or mention; empty when it has no words.</summary>
    public static string Normalize(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (c == '.')
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(WordTokenizer.IsApostrophe(c) ? '\'' : char.ToLowerInvariant(c));
        }

        return DropArticles(TrimPunctuation(builder.ToString()));
    }

    /// <summary>The words of a normalized key.</summary>
    public static string[] Words(string key) => key.Length == 0 ? [] : key.Split(' ');

    /// <summary>A word without a possessive ending ("russia's" → "russia").</summary>
    public static string WithoutPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word.TrimEnd('\'');

    private static string TrimPunctuation(string text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && !IsKept(text[start]))
        {
            start++;
        }

        while (end > start && !IsKept(text[end - 1]))
        {
            end--;
        }

        return text[start..end].Trim();
    }

    private static bool IsKept(char c) => WordTokenizer.IsWordChar(c) || c == '&';

    private static string DropArticles(string text)
    {
        if (!text.Contains("the", StringComparison.Ordinal))
        {
            return text;
        }

        return string.Join(' ', text.Split(' ').Where(w => !string.Equals(w, "the", StringComparison.Ordinal)));
    }
}
