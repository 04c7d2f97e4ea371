namespace Dicta.Extraction.Lexicons;

/// <summary>
/// The first characters of a set of words, ignoring case, as a bit set over ASCII: a quick "no" before comparing a
/// word with each of them. A non-ASCII character, in a word of the set or as the character asked about, answers
/// "maybe", since case-insensitive comparison may pair it with an ASCII letter ("ı" with "I").
/// </summary>
/// <param name="Low">The bits of the characters 0–63.</param>
/// <param name="High">The bits of the characters 64–127.</param>
/// <param name="AnyNonAscii">True when a word of the set starts with a non-ASCII character.</param>
internal readonly record struct FirstCharacters(ulong Low, ulong High, bool AnyNonAscii)
{
    /// <summary>The first characters of <paramref name="words"/>, in both cases; empty words are skipped.</summary>
    public static FirstCharacters Of(IEnumerable<string> words)
    {
        var set = default(FirstCharacters);
        foreach (var word in words)
        {
            if (word.Length == 0)
            {
                continue;
            }

            var c = word[0];
            set = c >= 128 ? set with { AnyNonAscii = true } : set.With(char.ToLowerInvariant(c)).With(char.ToUpperInvariant(c));
        }

        return set;
    }

    /// <summary>False only when no word of the set can start with <paramref name="c"/>, ignoring case.</summary>
    public bool MayStart(char c) =>
        AnyNonAscii
        || (c >= 128 ? Low != 0 || High != 0
            : c < 64 ? (Low & (1UL << c)) != 0
            : (High & (1UL << (c - 64))) != 0);

    private FirstCharacters With(char c) =>
        c < 64 ? this with { Low = Low | (1UL << c) } : this with { High = High | (1UL << (c - 64)) };
}
