namespace Dicta.Extraction.Lexicons;

/// <summary>
/// The regular English inflections of a word. Irregular forms (said, told, admitted) are given in the
/// lexicon files; these rules only spare them the regular ones.
/// </summary>
internal static class Inflection
{
    /// <summary>"warn" → "warns", "stress" → "stresses", "deny" → "denies", "echo" → "echoes".</summary>
    public static string ThirdPersonSingular(string verb) =>
        verb.EndsWith('o') && verb.Length > 1 && !IsVowel(verb[^2]) ? verb + "es" : Plural(verb);

    /// <summary>The regular plural of a noun: "sanction" → "sanctions", "economy" → "economies", "speech" → "speeches".</summary>
    public static string Plural(string word)
    {
        if (EndsWithConsonantY(word))
        {
            return word[..^1] + "ies";
        }

        return word.EndsWith('s') || word.EndsWith('x') || word.EndsWith('z')
            || word.EndsWith("ch", StringComparison.OrdinalIgnoreCase) || word.EndsWith("sh", StringComparison.OrdinalIgnoreCase)
            ? word + "es"
            : word + "s";
    }

    /// <summary>"warn" → "warned", "note" → "noted", "deny" → "denied".</summary>
    public static string Past(string verb)
    {
        if (EndsWithConsonantY(verb))
        {
            return verb[..^1] + "ied";
        }

        return verb.EndsWith('e') ? verb + "d" : verb + "ed";
    }

    /// <summary>"warn" → "warning", "note" → "noting", "agree" → "agreeing", "deny" → "denying".</summary>
    public static string PresentParticiple(string verb)
    {
        if (verb.EndsWith("ie", StringComparison.Ordinal))
        {
            return verb[..^2] + "ying";
        }

        return verb.EndsWith('e') && !verb.EndsWith("ee", StringComparison.Ordinal) && !verb.EndsWith("ye", StringComparison.Ordinal) && !verb.EndsWith("oe", StringComparison.Ordinal)
            ? verb[..^1] + "ing"
            : verb + "ing";
    }

    private static bool EndsWithConsonantY(string word) =>
        word.Length > 1 && (word[^1] is 'y' or 'Y') && !IsVowel(word[^2]);

    private static bool IsVowel(char c) => char.ToLowerInvariant(c) is 'a' or 'e' or 'i' or 'o' or 'u';
}
