using Dicta.Extraction.Lexicons;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dicta.Extraction.Tests.Lexicons;

/// <summary>
/// <see cref="WordStarts"/> is a filter in front of case-insensitive look-ups: it may say "maybe" too often, never
/// "no" to a word the set holds.
/// </summary>
public class WordStartsProperties
{
    /// <summary>Letters of both cases, digits, and non-ASCII letters that case-insensitive comparison pairs with ASCII ones.</summary>
    private static readonly char[] Characters = ['a', 'A', 'i', 'I', 's', 'S', 'k', 'z', '0', '\'', 'ı', 'İ', 'é', 'É', 'ſ', '\u212A'];

    private static Arbitrary<(string[] Words, string Word)> WordsAndWord() =>
        (from words in Gen.ArrayOf(Gen.ArrayOf(Gen.Elements(Characters)).Select(cs => new string(cs)))
         from word in Gen.ArrayOf(Gen.Elements(Characters)).Select(cs => new string(cs))
         select (words, word)).ToArbitrary();

    [Property]
    public Property A_word_of_the_set_in_any_case_may_be_contained() =>
        Prop.ForAll(WordsAndWord(), pair =>
            !pair.Words.Any(w => string.Equals(w, pair.Word, StringComparison.OrdinalIgnoreCase))
            || WordStarts.Of(pair.Words).MayContain(pair.Word));

    [Fact]
    public void Words_of_other_lengths_or_first_letters_are_ruled_out()
    {
        var starts = WordStarts.Of(["said", "Told", "warned"]);

        Assert.True(starts.MayContain("SAID"));
        Assert.True(starts.MayContain("tOLD"));
        Assert.True(starts.MayContain("sure"));
        Assert.False(starts.MayContain("saids"));
        Assert.False(starts.MayContain("the"));
        Assert.False(starts.MayContain("warnedly"));
        Assert.False(starts.MayContain(string.Empty));
        Assert.True(WordStarts.Of([string.Empty]).MayContain(string.Empty));
    }
}
