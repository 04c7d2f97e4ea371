using System.Collections.Immutable;

namespace Dicta.Extraction.Lexicons;

/// <summary>
/// A term of the topic lexicon, cut into words the way text is (<see cref="WordTokenizer"/>). A word ending in
/// <c>*</c> matches any word that starts with it ("interfer*": interfere, interfering, interference).
/// </summary>
/// <param name="Words">The words, in order; a prefix word is stored without its <c>*</c>.</param>
/// <param name="LastIsPrefix">True when the last word ends in <c>*</c>.</param>
internal sealed record TopicTerm(ImmutableArray<string> Words, bool LastIsPrefix)
{
    /// <summary>The shortest prefix a wildcard may have: shorter ones would match too much.</summary>
    public const int MinimumPrefixLength = 3;

    /// <summary>Parses a term, or says why it cannot be one.</summary>
    public static bool TryParse(string text, out TopicTerm term, out string error)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = ImmutableArray.CreateBuilder<string>();
        var lastIsPrefix = false;
        foreach (var span in WordTokenizer.Words(text))
        {
            if (lastIsPrefix)
            {
                return Fail(out term, out error, $"the term '{text}' has a '*' before its last word; only the last word may be a prefix");
            }

            words.Add(text.Substring(span.Start, span.Length));
            lastIsPrefix = span.End < text.Length && text[span.End] == '*';
            if (lastIsPrefix && span.Length < MinimumPrefixLength)
            {
                return Fail(out term, out error, $"the prefix '{text.Substring(span.Start, span.Length)}*' in the term '{text}' is shorter than {MinimumPrefixLength} letters");
            }
        }

        if (words.Count == 0)
        {
            return Fail(out term, out error, $"the term '{text}' has no letters or digits");
        }

        term = new TopicTerm(words.ToImmutable(), lastIsPrefix);
        error = string.Empty;
        return true;
    }

    /// <summary>
    /// The spellings of the last word that the term matches: the word itself and its regular plural, so
    /// "sanction" matches "sanctions" and "economy" matches "economies". A prefix matches as written.
    /// </summary>
    public ImmutableArray<string> LastWordForms()
    {
        var last = Words[^1];
        return LastIsPrefix || !CanInflect(last) ? [last] : [last, Inflection.Plural(last)];
    }

    /// <summary>Only words of letters, three or more, take a plural: "U.S." or "19" do not.</summary>
    private static bool CanInflect(string word) => word.Length >= 3 && word.All(char.IsLetter);

    private static bool Fail(out TopicTerm term, out string error, string why)
    {
        term = new TopicTerm([], false);
        error = why;
        return false;
    }
}
