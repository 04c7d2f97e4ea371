using System.Collections.Immutable;

namespace Dicta.Extraction.Attribution;

/// <summary>
/// Finds the noun phrases that name speakers, addressees and channels, reading backwards from a verb (its subject) or
/// forwards from a position (an object, a sentence's first phrase). A name phrase is a run of capitalized words,
/// possessives, role and institution nouns ("spokesman", "ministry"), joined by "of", "for" or "and", opened by at
/// most one determiner; or a lone pronoun.
/// </summary>
internal sealed class PhraseFinder(AttributionVocabulary vocabulary)
{
    /// <summary>The phrase that ends at token <paramref name="last"/>, read backwards; null when there is none.</summary>
    public Phrase? Backward(ImmutableArray<Token> tokens, int last, int first = 0)
    {
        if (last < first || last >= tokens.Length)
        {
            return null;
        }

        if (IsPronoun(tokens[last]) && !(last - 1 >= first && tokens[last - 1].Is("and")))
        {
            return Phrase.Of(tokens, last, last + 1);
        }

        var start = last + 1;
        for (var j = last; j >= first; j--)
        {
            var token = tokens[j];
            if (token.IsAny(WordClasses.Determiners) && j < last)
            {
                start = j;

                // "Putin and his Chinese counterpart Xi Jinping": a determiner after "and" continues a coordination.
                if (j >= 2 && tokens[j - 1].Is("and") && IsPhraseWord(tokens[j - 2]))
                {
                    j -= 1;
                    continue;
                }

                break;
            }

            var joins = IsJoiner(tokens, j, first) && j < last;
            if (!IsPhraseWord(token) && !joins && !(IsPronoun(token) && j + 1 <= last && tokens[j + 1].Is("and")))
            {
                break;
            }

            start = j;
        }

        return Trim(tokens, start, last + 1);
    }

    /// <summary>The phrase that starts at token <paramref name="first"/>, read forwards; null when there is none.</summary>
    public Phrase? Forward(ImmutableArray<Token> tokens, int first, int end)
    {
        end = Math.Min(end, tokens.Length);
        if (first >= end)
        {
            return null;
        }

        if (IsPronoun(tokens[first]) && !(first + 1 < end && tokens[first + 1].Is("and")))
        {
            return Phrase.Of(tokens, first, first + 1);
        }

        var j = first;
        if (tokens[j].IsAny(WordClasses.Determiners))
        {
            j++;
        }

        while (j < end && (IsPhraseWord(tokens[j]) || (IsJoiner(tokens, j, first) && j + 1 < end && (IsPhraseWord(tokens[j + 1]) || IsPronoun(tokens[j + 1]))) || (IsPronoun(tokens[j]) && j + 1 < end && tokens[j + 1].Is("and"))))
        {
            j++;
        }

        return Trim(tokens, first, j);
    }

    /// <summary>
    /// The phrase after the speech-act cue in an inverted attribution, "said Raisi", "says the Kremlin";
    /// only names, not pronouns or lower-case words, so that "said he" does not read as inverted.
    /// </summary>
    public Phrase? Inverted(ImmutableArray<Token> tokens, int first, int end)
    {
        var phrase = Forward(tokens, first, end);
        return phrase is not null && HasName(tokens, phrase) ? phrase : null;
    }

    /// <summary>True when the phrase has a capitalized word or is a pronoun: enough to stand for a speaker.</summary>
    public bool HasName(ImmutableArray<Token> tokens, Phrase phrase)
    {
        for (var i = phrase.Start; i < phrase.End; i++)
        {
            if (tokens[i].IsCapitalized || IsPronoun(tokens[i]) || IsRole(tokens[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for a subject or object pronoun: "he", "He", "him"; not the abbreviations "US" or "IT".</summary>
    public static bool IsPronoun(Token token) =>
        (token.IsAny(WordClasses.SubjectPronouns) || token.IsAny(WordClasses.ObjectPronouns))
        && token.Text.Skip(1).All(char.IsLower);

    private bool IsPhraseWord(Token token) =>
        token.Kind == TokenKind.Word && !token.Quoted
        && (token.IsCapitalized || token.IsPossessive || IsRole(token) || char.IsDigit(token.Text[0]))
        && !token.IsAny(WordClasses.Connectives)
        && !(token.IsCapitalized && token.Text.EndsWith("ing", StringComparison.Ordinal) && vocabulary.IsCueWord(token.Text));

    private bool IsRole(Token token) => token.IsAny(WordClasses.InstitutionNouns) || vocabulary.IsRoleWord(token.Text);

    /// <summary>"of", "for", "and" join two phrase words; "in" joins an institution to its place ("the Defense Ministry in Moscow").</summary>
    private bool IsJoiner(ImmutableArray<Token> tokens, int index, int first)
    {
        var token = tokens[index];
        if (token.IsAny(WordClasses.PhraseJoiners))
        {
            return true;
        }

        return token.Is("in") && index - 1 >= first && tokens[index - 1].IsCapitalized && IsRole(tokens[index - 1]);
    }

    /// <summary>Drops joiners at either end; null when nothing that names remains.</summary>
    private Phrase? Trim(ImmutableArray<Token> tokens, int start, int end)
    {
        while (start < end && tokens[start].IsLowercase && (tokens[start].IsAny(WordClasses.PhraseJoiners) || tokens[start].Is("in")))
        {
            start++;
        }

        while (end > start && (tokens[end - 1].IsAny(WordClasses.PhraseJoiners) || tokens[end - 1].IsAny(WordClasses.Determiners) || tokens[end - 1].Is("in")))
        {
            end--;
        }

        if (end <= start)
        {
            return null;
        }

        var phrase = Phrase.Of(tokens, start, end);
        return HasName(tokens, phrase) ? phrase : null;
    }
}
