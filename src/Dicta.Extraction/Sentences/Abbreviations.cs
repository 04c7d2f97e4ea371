using System.Collections.Frozen;

namespace Dicta.Extraction.Sentences;

/// <summary>
/// Words written with a period that need not end a sentence: titles (Mr., Gen.), forms before numbers (No. 5),
/// initials (John F. Kennedy), dotted initialisms (U.S., a.m.) and endings that may or may not close a sentence
/// (Inc., Jan.). Compared ordinally: "No." before a number is an abbreviation, "no." is a word.
/// </summary>
internal static class Abbreviations
{
    /// <summary>The longest word looked at; longer ones are never abbreviations.</summary>
    internal const int MaxLength = 24;

    // Titles and short forms that always precede more of the sentence.
    private static readonly FrozenSet<string> Titles = FrozenSet.Create(
        StringComparer.Ordinal,
        "Mr", "Mrs", "Ms", "Mx", "Messrs", "Mmes", "Mme", "Mlle", "Dr", "Drs", "Prof", "Profs", "Gen", "Gens", "Lt", "Col",
        "Maj", "Capt", "Cpt", "Cmdr", "Cdr", "Adm", "Sgt", "Cpl", "Pvt", "Brig", "Sen", "Sens", "Rep", "Reps", "Gov",
        "Govs", "Pres", "Rev", "Hon", "Rt", "Fr", "St", "Ste", "Mt", "Ft", "Supt", "Det", "Insp", "Amb", "vs", "v", "cf",
        "viz", "approx", "ca", "e.g", "i.e", "E.g", "I.e", "eg", "ie");

    // Forms that stand before a number: "No. 10", "Art. 5", "pp. 3-4".
    private static readonly FrozenSet<string> BeforeNumbers = FrozenSet.Create(
        StringComparer.Ordinal,
        "No", "Nos", "no", "nos", "Art", "art", "Vol", "vol", "Fig", "fig", "p", "pp", "Para", "para", "Sec", "sec", "Ch",
        "ch", "Nr", "nr");

    // Abbreviations that often end a sentence too: they end it only before a word that usually starts one.
    private static readonly FrozenSet<string> Ambiguous = FrozenSet.Create(
        StringComparer.Ordinal,
        "Inc", "Ltd", "Co", "Corp", "Plc", "Bros", "Jr", "Sr", "etc", "al", "Dept", "Univ", "Assn", "Ave", "Blvd", "Rd",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Wed",
        "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", "a.m", "p.m");

    // Words that usually open a sentence: after an ambiguous abbreviation they mark a new one ("in the U.S. The ...").
    // "Under" and "To" are left out: they follow U.S. in titles and headlines ("U.S. Under Secretary").
    private static readonly FrozenSet<string> SentenceStarters = FrozenSet.Create(
        StringComparer.Ordinal,
        "A", "An", "The", "He", "She", "It", "I", "We", "They", "You", "This", "That", "These", "Those", "There", "Here",
        "His", "Her", "Its", "Their", "Our", "My", "Your", "But", "And", "Or", "Nor", "So", "Yet", "In", "On", "At", "As",
        "By", "For", "From", "With", "Without", "If", "When", "While", "Where", "Why", "How", "What", "Who", "Which",
        "After", "Before", "Since", "Although", "Though", "Because", "However", "Meanwhile", "Moreover", "Also", "Still",
        "Some", "Many", "Most", "Both", "Such", "One", "Now", "Then", "Earlier", "Later", "According", "During",
        "Despite", "Each", "Every", "All", "Other", "Another", "Neither", "Either", "Not", "Speaking", "Asked", "Last");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BeforeNumberLookup = BeforeNumbers.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AmbiguousLookup = Ambiguous.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StarterLookup = SentenceStarters.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True for a word that is a known abbreviation of any kind (used where no space follows the period).</summary>
    internal static bool IsKnown(ReadOnlySpan<char> word) =>
        TitleLookup.Contains(word) || BeforeNumberLookup.Contains(word) || AmbiguousLookup.Contains(word);

    /// <summary>
    /// True when the period after <paramref name="word"/> does not end the sentence, given what follows the space after it.
    /// </summary>
    /// <param name="word">The word before the period, without opening brackets or quotation marks; may hold inner periods (U.S).</param>
    /// <param name="nextWord">The letters that start the next word (empty when it starts with something else).</param>
    /// <param name="nextIsDigit">True when the next word starts with a digit.</param>
    /// <param name="nextIsQuotation">True when a quotation opens next, with <paramref name="nextWord"/> the letters after its mark:
    /// then a capital letter starts a new sentence ("in the U.S. “We ..."), a lowercase one does not ("the U.S. “has ...").</param>
    internal static bool KeepsSentenceOpen(ReadOnlySpan<char> word, ReadOnlySpan<char> nextWord, bool nextIsDigit, bool nextIsQuotation)
    {
        if (word.IsEmpty || word.Length > MaxLength)
        {
            return false;
        }

        if (TitleLookup.Contains(word))
        {
            return true;
        }

        if (BeforeNumberLookup.Contains(word))
        {
            return nextIsDigit;
        }

        var ambiguous = (word.Length == 1 && char.IsUpper(word[0])) || IsDottedInitialism(word) || AmbiguousLookup.Contains(word);
        if (!ambiguous)
        {
            return false;
        }

        return nextIsQuotation ? nextWord.IsEmpty || !char.IsUpper(nextWord[0]) : !StarterLookup.Contains(nextWord);
    }

    /// <summary>U.S, U.N, a.m, Ph.D, U.S.A: letters in groups of one to three, joined by periods.</summary>
    private static bool IsDottedInitialism(ReadOnlySpan<char> word)
    {
        if (word.IndexOf('.') < 0)
        {
            return false;
        }

        foreach (var range in word.Split('.'))
        {
            var part = word[range];
            if (part.Length is 0 or > 3)
            {
                return false;
            }

            foreach (var c in part)
            {
                if (!char.IsLetter(c))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
