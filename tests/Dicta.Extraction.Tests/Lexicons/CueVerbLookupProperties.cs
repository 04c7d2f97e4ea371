using Dicta.Extraction.Lexicons;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dicta.Extraction.Tests.Lexicons;

/// <summary>
/// <see cref="CueLexicon.TryGetVerb(string, out CueVerbMatch)"/> rules most words out by their length and first letter
/// before hashing them; these properties hold it to a plain search of every spelling of every verb.
/// </summary>
public class CueVerbLookupProperties
{
    private static readonly CueLexicon Lexicon = CueLexicon.Default;

    private static readonly string[] Spellings = [.. Lexicon.Verbs.SelectMany(v => v.Spellings()).Select(s => s.Word)];

    /// <summary>Spellings as written, in upper case, with another first letter, cut short or lengthened; and common words.</summary>
    private static Arbitrary<string> Words() =>
        Gen.OneOf(
            Gen.Elements(Spellings),
            Gen.Elements(Spellings).Select(s => s.ToUpperInvariant()),
            from s in Gen.Elements(Spellings) from c in Gen.Elements('a', 'b', 's', 'T', 'x', 'é') select c + s[1..],
            Gen.Elements(Spellings).Select(s => s[..^1]),
            Gen.Elements(Spellings).Select(s => s + "s"),
            Gen.Elements("the", "of", "and", "", "a", "Said", "SAYS", "télévision"))
        .ToArbitrary();

    [Property(MaxTest = 500)]
    public Property A_word_is_a_verb_form_when_some_spelling_equals_it_ignoring_case() =>
        Prop.ForAll(Words(), word =>
            Lexicon.TryGetVerb(word, out _) == Spellings.Any(s => string.Equals(s, word, StringComparison.OrdinalIgnoreCase)));
}
