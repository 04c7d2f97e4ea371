using Dicta.Extraction.Layout;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dicta.Extraction.Tests.Layout;

/// <summary>
/// The cheap checks in front of the dateline and front-matter key grammars only rule out what the grammars cannot
/// match: wherever a grammar reads something, its check lets the line through.
/// </summary>
public class PrefilterProperties
{
    private static readonly string[] KeyPieces =
    [
        "title", "published_at", "_x", "a-b", "Date", "X9", "ASEAN", "said", "é", "1", "-", "_", ":", " :", " ", "  ", "\t",
        "\u00A0", "\u2028", "\n", "http://x", ": value", "\u200B", "“", ".", "K",
    ];

    /// <summary>Strings made of the parts keys are written with, and of prose around them; some longer than a key prefix.</summary>
    private static readonly Arbitrary<string> KeyLines =
        Gen.Frequency(
            (4, Gen.ListOf(Gen.Elements(KeyPieces)).Select(string.Concat)),
            (1, Gen.ListOf(Gen.Elements(KeyPieces)).Select(p => new string('a', 60) + string.Concat(p))),
            (1, LayoutGenerators.AnyText))
        .ToArbitrary();

    private static readonly string[] Pieces =
    [
        "MOSCOW", "NEW YORK", "ST. PETERSBURG", "O'HARE", "KYIV", "Ukraine", "Beijing", "New Delhi", "The", "A", "UN", "U.S.",
        "BREAKING", "President", "said", "met", "AT&T", "Ab", "aB", "É", "Éx", "ÉCOLE", "ǅ", ", ", ",", " ", "  ", "\u00A0",
        "Dec. 15", "15 December", "Feb 21", "2021", ", 2021", "(Reuters)", "(AP)", "(CNSNews.com)", "(R)", "(left)", "(",
        ")", ": ", ":", " - ", " -- ", " — ", " – ", "-", "—", "‒ ", "― ", "\t", "x", "1", "’", "'", ".", "&",
    ];

    /// <summary>Strings made of the parts datelines are written with, and of prose around them.</summary>
    private static readonly Arbitrary<string> Heads =
        Gen.Frequency(
            (4, Gen.ListOf(Gen.Elements(Pieces)).Select(string.Concat)),
            (1, LayoutGenerators.AnyText))
        .ToArbitrary();

    [Property(MaxTest = 3000)]
    public Property The_check_never_rules_out_what_the_grammar_reads() =>
        Prop.ForAll(Heads, head => CharParsers.Prefix(DatelineGrammar.Dateline, head) is null || DatelineGrammar.MayOpenWithDateline(head));

    [Property(MaxTest = 3000)]
    public Property The_key_check_never_rules_out_what_the_key_grammar_reads() =>
        Prop.ForAll(KeyLines, line =>
        {
            var head = line.Length > LineGrammar.MaxKeyPrefix ? line[..LineGrammar.MaxKeyPrefix] : line;
            return (CharParsers.Prefix(LineGrammar.Key, head) is not null) == LineGrammar.MayOpenWithKey(line);
        });

    [Theory]
    [InlineData("title: Putin meets Xi", true)]
    [InlineData("published_at :", true)]
    [InlineData("ASEAN said: “We are not going to be intimidated.”", false)]
    [InlineData("http://example.com", true)]
    [InlineData(": value", false)]
    public void The_key_check_reads_a_key_and_its_colon(string line, bool expected)
    {
        Assert.Equal(expected, LineGrammar.MayOpenWithKey(line));
    }

    [Theory]
    [InlineData("MOSCOW (Reuters) - Putin met Xi.")]
    [InlineData("KYIV, Ukraine (AP) — Putin met Xi.")]
    [InlineData("Beijing, Dec. 15 (Xinhua) -- Putin met Xi.")]
    [InlineData("(CNSNews.com) – Putin met Xi.")]
    [InlineData("WASHINGTON — Putin met Xi.")]
    [InlineData("ST. PETERSBURG, Russia: Putin met Xi.")]
    public void Datelines_pass_the_check(string line)
    {
        Assert.True(DatelineGrammar.MayOpenWithDateline(line));
        Assert.NotNull(DatelineGrammar.Match(line));
    }

    [Theory]
    [InlineData("The president said: we will win.")]
    [InlineData("Moscow: The two leaders met on Thursday.")]
    [InlineData("Putin – the host – met Xi.")]
    public void Prose_without_a_capitals_word_or_a_bracket_is_ruled_out(string line)
    {
        Assert.False(DatelineGrammar.MayOpenWithDateline(line));
    }

    [Fact]
    public void On_the_seed_articles_the_checks_pass_every_line_the_grammars_read()
    {
        var assembly = typeof(LayoutParser).Assembly;
        var checkedLines = 0;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Dicta.Seeds.", StringComparison.Ordinal)))
        {
            var source = Seeds.Load(name["Dicta.Seeds.".Length..^".txt".Length]).Text;
            foreach (var line in LineLexer.Lex(source))
            {
                var text = line.GetText(source);
                var head = text.Length > 160 ? text[..160] : text;
                Assert.True(CharParsers.Prefix(DatelineGrammar.Dateline, head) is null || DatelineGrammar.MayOpenWithDateline(head), head);
                var keyHead = text.Length > LineGrammar.MaxKeyPrefix ? text[..LineGrammar.MaxKeyPrefix] : text;
                Assert.Equal(CharParsers.Prefix(LineGrammar.Key, keyHead) is not null, LineGrammar.MayOpenWithKey(text));
                checkedLines++;
            }
        }

        Assert.True(checkedLines > 100);
    }
}
