using Dicta.Extraction.Lexicons;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dicta.Extraction.Tests.Lexicons;

/// <summary>
/// <see cref="FirstCharacters"/> is a filter in front of case-insensitive comparisons: it may say "maybe" too often,
/// never "no" wrongly.
/// </summary>
public class FirstCharactersProperties
{
    /// <summary>Letters of both cases, digits, and non-ASCII letters that case-insensitive comparison pairs with ASCII ones.</summary>
    private static readonly char[] Characters = ['a', 'A', 'i', 'I', 's', 'S', 'k', 'K', 'z', '0', '9', '\'', 'ı', 'İ', 'é', 'É', 'ſ', '\u212A'];

    private static Arbitrary<(string[] Words, string Word)> WordsAndWord() =>
        (from words in Gen.ArrayOf(Gen.ArrayOf(Gen.Elements(Characters)).Select(cs => new string(cs)))
         from word in Gen.NonEmptyListOf(Gen.Elements(Characters)).Select(cs => new string([.. cs]))
         select (words, word)).ToArbitrary();

    [Property]
    public Property A_word_that_starts_like_one_of_the_set_may_start() =>
        Prop.ForAll(WordsAndWord(), pair =>
            !pair.Words.Any(w => w.Length > 0 && w.AsSpan(0, 1).Equals(pair.Word.AsSpan(0, 1), StringComparison.OrdinalIgnoreCase))
            || FirstCharacters.Of(pair.Words).MayStart(pair.Word[0]));

    [Fact]
    public void Letters_no_word_starts_with_are_ruled_out_in_either_case()
    {
        var set = FirstCharacters.Of(["sanction", "Vaccin", "meddl"]);

        Assert.True(set.MayStart('S'));
        Assert.True(set.MayStart('v'));
        Assert.True(set.MayStart('m'));
        Assert.False(set.MayStart('t'));
        Assert.False(set.MayStart('A'));
        Assert.False(set.MayStart('0'));
    }

    [Fact]
    public void The_empty_set_rules_out_everything()
    {
        var set = FirstCharacters.Of([]);

        Assert.False(set.MayStart('a'));
        Assert.False(set.MayStart('é'));
    }
}
