using System.Buffers;
using System.Collections.Frozen;

namespace Dicta.Extraction.Layout;

/// <summary>
/// The cue words and phrases that tell boilerplate (comment notices, newsletter, subscription and donation appeals,
/// link lists) from article text. Cues are general, not any one outlet's wording, and are trusted in three degrees:
/// a whole-line notice anywhere, an appeal on a short line anywhere or on any line of the trailing region, and a
/// weaker word only on a short line of the trailing region. A line that quotes someone is never an appeal.
/// </summary>
internal static class BoilerplateCues
{
    /// <summary>A line with at most this many words is short: a notice, link or heading rather than a paragraph.</summary>
    public const int ShortLineWords = 12;

    /// <summary>Boilerplate is a line or two of appeal; a longer line is article text whatever words it uses.</summary>
    public const int MaxLength = 1000;

    /// <summary>Whole-line notices and openers are short: a longer line is not compared with them.</summary>
    private const int WholeLineLength = 60;

    /// <summary>Whole lines (lower case, final punctuation dropped) that are notices wherever they stand.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Notices = FrozenSet.Create(
        StringComparer.Ordinal,
        "comments are closed", "comments", "leave a comment", "leave a reply", "post a comment", "advertisement", "sponsored",
        "sponsored content", "share", "share this", "share this article", "share this story", "share this post", "print", "email",
        "subscribe", "subscribe now", "join our newsletter", "sign up for our newsletter", "support us", "donate", "donate now")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whole lines that open a list of links: after one, even short lines without cues are boilerplate.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Openers = FrozenSet.Create(
        StringComparer.Ordinal,
        "related", "related posts", "related articles", "related stories", "related news", "related content", "related coverage",
        "related topics", "latest", "latest news", "latest posts", "latest stories", "latest articles", "read more", "read also",
        "see also", "also read", "more from", "more stories", "more news", "you may also like", "you might also like",
        "recommended", "recommended for you", "most read", "most popular", "popular posts", "trending", "trending now",
        "top stories", "tags", "topics", "next article", "previous article", "next post", "previous post", "more on this story")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Line starts that make a short line a link list: "Read more: …", "Tags: …".</summary>
    private static readonly Prefixes OpenerPrefixes =
        new(["read more:", "read also:", "see also:", "also read:", "related:", "tags:", "topics:", "filed under:"]);

    /// <summary>Line starts that make a short line a notice: "Follow us on …", "Subscribe to …".</summary>
    private static readonly Prefixes NoticePrefixes =
        new(["follow us on", "subscribe to", "sign up for", "sign up to", "click here", "share this", "join our"]);

    /// <summary>Appeals to the reader and site notices: strong enough on a long line of the trailing region.</summary>
    private static readonly Phrases Appeals = new(
    [
        "comments are closed", "leave a comment", "leave a reply", "post a comment", "join our", "join us on", "follow us",
        "subscribe to our", "subscribe now", "subscribe for", "sign up for our", "sign up to our", "sign up for free",
        "support us", "support our work", "support honest journalism", "support independent journalism", "help us",
        "donate now", "donate today", "make a donation", "your donation", "your support", "become a patron", "become a member",
        "patreon", "paypal", "our readers", "our newsletter", "our newsletters", "all rights reserved", "click here",
        "share this article", "share this story", "share this post", "fund raising campaign", "fundraising campaign",
        "fund-raising campaign", "reader-funded", "reader funded", "advertisement",
    ]);

    /// <summary>Words that mark a short line of the trailing region as boilerplate; too common in prose to trust elsewhere.</summary>
    private static readonly Phrases TailWords = new(
    [
        "newsletter", "newsletters", "subscribe", "subscription", "subscriptions", "subscriber", "subscribers", "donate",
        "donation", "donations", "support", "patron", "patrons", "telegram", "whatsapp", "facebook", "twitter", "instagram",
        "youtube", "channel", "channels", "related", "latest", "updates", "advertisement", "sponsored", "copyright", "privacy",
        "cookies", "comments", "share", "tags", "trending", "popular", "recommended", "login", "log in", "sign in", "register",
    ]);

    /// <summary>A notice anywhere: a whole-line notice or link-list opener, a notice prefix, or an appeal on a short line; never a line that quotes.</summary>
    /// <param name="text">The line's trimmed content.</param>
    /// <param name="words">Its number of words (<see cref="TextShape.CountWords"/>).</param>
    public static bool IsNotice(string text, int words)
    {
        // Every cue needs a line short in characters (whole lines) or in words (the rest): most prose is neither.
        var isWholeLine = text.Length <= WholeLineLength;
        var isShort = words <= ShortLineWords;
        if (!isWholeLine && !isShort)
        {
            return false;
        }

        // Normalized once for both sets of whole lines.
        Span<char> buffer = stackalloc char[WholeLineLength];
        var normalized = isWholeLine ? Normalize(text, buffer) : default;
        return ((isWholeLine && (Notices.Contains(normalized) || Openers.Contains(normalized)))
                || (isShort && (OpenerPrefixes.Opens(text) || NoticePrefixes.Opens(text) || HasAppeal(text))))
            && !TextShape.HasQuotationMarks(text);
    }

    /// <summary>True for a line that opens a list of links ("Related Posts", "Read more: …").</summary>
    /// <param name="text">The line's trimmed content.</param>
    /// <param name="words">Its number of words (<see cref="TextShape.CountWords"/>).</param>
    public static bool IsOpener(string text, int words) =>
        IsWholeLine(text, Openers) || (words <= ShortLineWords && OpenerPrefixes.Opens(text));

    /// <summary>True when the text holds an appeal to the reader or a site notice, as whole words.</summary>
    public static bool HasAppeal(ReadOnlySpan<char> text) => ContainsAnyWord(text, Appeals);

    /// <summary>True when the text holds one of the weaker trailing-region words, or a copyright sign.</summary>
    public static bool HasTailWord(ReadOnlySpan<char> text) => text.Contains('©') || ContainsAnyWord(text, TailWords);

    private static bool IsWholeLine(string text, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> lines)
    {
        if (text.Length > WholeLineLength)
        {
            return false;
        }

        Span<char> normalized = stackalloc char[WholeLineLength];
        return lines.Contains(Normalize(text, normalized));
    }

    /// <summary>Lower case, inner spaces collapsed, final punctuation and spaces dropped: "Related Posts:" → "related posts".</summary>
    private static ReadOnlySpan<char> Normalize(string text, Span<char> buffer)
    {
        var length = 0;
        foreach (var c in text)
        {
            if (TextShape.IsInvisible(c))
            {
                if (length > 0 && buffer[length - 1] != ' ')
                {
                    buffer[length++] = ' ';
                }
            }
            else
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        return buffer[..length].TrimEnd(" .:!…»>|");
    }

    /// <summary>
    /// True when one of <paramref name="phrases"/> occurs in <paramref name="text"/>, ignoring case, not inside a longer
    /// word. One search for all the phrases finds each place where one starts; only there are they compared.
    /// </summary>
    private static bool ContainsAnyWord(ReadOnlySpan<char> text, Phrases phrases)
    {
        for (var offset = 0; offset < text.Length;)
        {
            var index = text[offset..].IndexOfAny(phrases.Search);
            if (index < 0)
            {
                return false;
            }

            var start = offset + index;
            foreach (var phrase in phrases.StartingWith(text[start]))
            {
                var end = start + phrase.Length;
                if (text[start..].StartsWith(phrase, StringComparison.OrdinalIgnoreCase)
                    && (start == 0 || !char.IsLetterOrDigit(text[start - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
                {
                    return true;
                }
            }

            offset = start + 1;
        }

        return false;
    }

    /// <summary>Line starts, compared ignoring case; a line is only compared with those its first character can start.</summary>
    private sealed class Prefixes(string[] list)
    {
        private readonly Initials _initials = new(list);

        /// <summary>True when one of the prefixes opens <paramref name="text"/>, ignoring case.</summary>
        public bool Opens(string text)
        {
            if (text.Length == 0)
            {
                return false;
            }

            foreach (var prefix in _initials.Starting(text[0]))
            {
                if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>A list of phrases and the search that finds any of them, ignoring case.</summary>
    private sealed class Phrases(string[] list)
    {
        private readonly Initials _initials = new(list);

        /// <summary>Finds where any of the phrases starts.</summary>
        public SearchValues<string> Search { get; } = SearchValues.Create(list, StringComparison.OrdinalIgnoreCase);

        /// <summary>The phrases that a text starting with <paramref name="first"/> may start with, ignoring case.</summary>
        public string[] StartingWith(char first) => _initials.Starting(first);
    }

    /// <summary>
    /// Cue strings (all written in lower-case ASCII) by their first character, so that a text is compared only with
    /// those it may start with. An ASCII character equals, ignoring case, only its own lower case; another character
    /// is compared with every string (a few, such as the long s, equal an ASCII letter ignoring case).
    /// </summary>
    private sealed class Initials(string[] list)
    {
        private readonly FrozenDictionary<char, string[]> _byInitial =
            list.GroupBy(cue => cue[0]).ToFrozenDictionary(group => group.Key, group => group.ToArray());

        /// <summary>The cues that a text starting with <paramref name="first"/> may start with, ignoring case.</summary>
        public string[] Starting(char first) =>
            !char.IsAscii(first) ? list : _byInitial.TryGetValue(char.ToLowerInvariant(first), out var cues) ? cues : [];
    }
}
