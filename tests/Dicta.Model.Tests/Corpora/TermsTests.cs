using Dicta.Model.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dicta.Model.Tests.Corpora;

public class TermsTests
{
    [Theory]
    [InlineData("Putin said", new[] { "Putin", "said" })]
    [InlineData("China’s well-known U.S. policy", new[] { "China", "s", "well", "known", "U", "S", "policy" })]
    [InlineData("China's", new[] { "China", "s" })]
    [InlineData("$218.2bn in 2023!", new[] { "218", "2bn", "in", "2023" })]
    [InlineData("“We agree,” he said.", new[] { "We", "agree", "he", "said" })]
    [InlineData("cafe\u0301 au lait", new[] { "cafe\u0301", "au", "lait" })]
    [InlineData("line\r\nbreak\u2028here", new[] { "line", "break", "here" })]
    [InlineData("  ", new string[0])]
    [InlineData("", new string[0])]
    public void Terms_are_maximal_runs_of_letters_digits_and_marks(string text, string[] expected)
    {
        var memory = text.AsMemory();

        var terms = Terms.Spans(memory).Select(span => memory.Span.Slice(span.Start, span.Length).ToString());

        Assert.Equal(expected, terms);
    }

    [Fact]
    public void Spans_are_relative_to_the_start_of_the_text()
    {
        var memory = "Intro: Putin said".AsMemory()[7..];

        Assert.Equal([new TextSpan(0, 5), new TextSpan(6, 4)], Terms.Spans(memory));
    }

    [Theory]
    [InlineData("Putin", "putin")]
    [InlineData("ÉCOLE", "école")]
    [InlineData("2023", "2023")]
    [InlineData("ΛΌΓΟΣ", "λόγοσ")]
    public void Normalize_lower_cases_invariantly(string term, string expected) =>
        Assert.Equal(expected, Terms.Normalize(term));

    [Fact]
    public void Normalize_handles_long_terms()
    {
        var term = new string('A', 1000);

        Assert.Equal(new string('a', 1000), Terms.Normalize(term));
    }

    [Fact]
    public void Distinct_gives_each_normalized_term_once()
    {
        var terms = Terms.Distinct("Putin said, PUTIN said: putin's".AsMemory());

        Assert.Equal(["putin", "s", "said"], terms.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("a multipolar world", "MULTIPOLAR", true)]
    [InlineData("a multipolar world", "world", true)]
    [InlineData("multipolarity", "multipolar", false)]
    [InlineData("unipolar/multipolar", "multipolar", true)]
    [InlineData("well-known", "well-known", false)]
    [InlineData("well-known", "known", true)]
    [InlineData("a multipolar world", "", false)]
    [InlineData("a multipolar world", "multipolar world", false)]
    public void Contains_matches_whole_terms_ignoring_case(string text, string term, bool expected) =>
        Assert.Equal(expected, Terms.Contains(text.AsMemory(), term));

    [Theory]
    [InlineData("\u212Aelvin", "kelvin")]
    [InlineData("\u212Bngström", "ångström")]
    [InlineData("GROẞ", "groß")]
    [InlineData("λόγος", "ΛΌΓΟΣ")]
    public void Contains_compares_as_the_term_index_does(string text, string term) =>
        Assert.Equal(Terms.Distinct(text.AsMemory()).Contains(Terms.Normalize(term)), Terms.Contains(text.AsMemory(), term));

    [Property(MaxTest = 300)]
    public Property Contains_agrees_with_the_normalized_terms() =>
        Prop.ForAll(
            ModelGenerators.ArticleWithId("a").Where(a => a.Text.Length > 0).ToArbitrary(),
            Gen.Elements(ModelGenerators.QueryTerms.AsEnumerable()).ToArbitrary(),
            (article, term) =>
            {
                var text = article.Text.AsMemory();
                Assert.Equal(Terms.Distinct(text).Contains(Terms.Normalize(term)), Terms.Contains(text, term));
            });

    [Fact]
    public void Term_characters_are_letters_digits_and_combining_marks()
    {
        Assert.True(Terms.IsTermChar('a'));
        Assert.True(Terms.IsTermChar('7'));
        Assert.True(Terms.IsTermChar('\u0301'));
        Assert.False(Terms.IsTermChar('\''));
        Assert.False(Terms.IsTermChar('’'));
        Assert.False(Terms.IsTermChar('-'));
        Assert.False(Terms.IsTermChar(' '));
    }

    [Fact]
    public void Contains_allocates_nothing_per_text()
    {
        var texts = Enumerable.Range(0, 1000).Select(i => $"Putin said the talks in round {i} would go on.".AsMemory()).ToArray();
        Terms.Contains(texts[0], "Talks");

        var before = GC.GetAllocatedBytesForCurrentThread();
        var found = texts.Count(text => Terms.Contains(text, "Talks"));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(1000, found);
        Assert.True(allocated < 1000, $"{allocated} bytes for 1,000 texts");
    }
}
