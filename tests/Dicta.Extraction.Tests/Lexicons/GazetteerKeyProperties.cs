using System.Text;
using Dicta.Extraction.Lexicons;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dicta.Extraction.Tests.Lexicons;

/// <summary>
/// <see cref="GazetteerKey"/> normalizes into a buffer, without strings; these properties hold it to the plain
/// string-by-string definition of the key, on the stack and past <see cref="GazetteerKey.StackLimit"/>.
/// </summary>
public class GazetteerKeyProperties
{
    /// <summary>Words, articles, apostrophes, dots, dashes, spaces and punctuation: what keys are made of and rid of.</summary>
    private static readonly string[] Pieces =
    [
        "the", "The", "THE", "other", "Russian", "U.S.", "Secretary-General", "Xi", "China’s", "Russia's", "of", "&",
        "'", "’", "`", ".", "-", "–", "—", "\u2010", " ", "  ", "\t", "\n", ",", "(", ")", "\"", "“", "é", "Ü", "İ", "x", "1",
    ];

    private static Arbitrary<string> Mentions() =>
        Gen.ListOf(Gen.Elements(Pieces)).Select(string.Concat).ToArbitrary();

    private static Arbitrary<string> LongMentions() =>
        Gen.ListOf(Gen.Elements(Pieces))
            .Select(pieces => string.Concat(pieces) + new string('x', GazetteerKey.StackLimit) + string.Concat(pieces))
            .ToArbitrary();

    [Property]
    public Property Normalizing_gives_the_key_the_definition_gives() =>
        Prop.ForAll(Mentions(), mention => GazetteerKey.Normalize(mention) == Defined(mention));

    [Property(MaxTest = 30)]
    public Property Long_mentions_give_the_key_the_definition_gives() =>
        Prop.ForAll(LongMentions(), mention => GazetteerKey.Normalize(mention) == Defined(mention));

    [Theory]
    [InlineData("the Russian leader", "russian leader")]
    [InlineData("President of the United States", "president of united states")]
    [InlineData("U.S.", "us")]
    [InlineData("Secretary-General", "secretary general")]
    [InlineData("China’s", "china's")]
    [InlineData("  (Xi Jinping),  ", "xi jinping")]
    [InlineData("the", "")]
    [InlineData("other", "other")]
    public void Keys_are_lower_case_without_dots_dashes_and_the(string mention, string key) =>
        Assert.Equal(key, GazetteerKey.Normalize(mention));

    /// <summary>The key by its definition, one string after another: what <see cref="GazetteerKey.Normalize(ReadOnlySpan{char})"/> must equal.</summary>
    private static string Defined(string text)
    {
        var builder = new StringBuilder();
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

        var spaced = builder.ToString();
        var start = 0;
        var end = spaced.Length;
        while (start < end && !IsKept(spaced[start]))
        {
            start++;
        }

        while (end > start && !IsKept(spaced[end - 1]))
        {
            end--;
        }

        var trimmed = spaced[start..end].Trim();
        return string.Join(' ', trimmed.Split(' ').Where(w => w != "the"));
    }

    private static bool IsKept(char c) => WordTokenizer.IsWordChar(c) || c == '&';
}
