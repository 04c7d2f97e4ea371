using Dicta.Model;

namespace Dicta.Extraction.Tests.Layout;

/// <summary>
/// Inputs that would make a backtracking grammar quadratic. Nothing is timed: these must simply finish (a quadratic
/// grammar takes hours on them) and still tile their text.
/// </summary>
public class LinearityTests
{
    public static TheoryData<string, string> LargeInputs { get; } = new()
    {
        { "a one-megabyte line", new string('a', 1_000_000) },
        { "a one-megabyte line of words", string.Concat(Enumerable.Repeat("word ", 200_000)) },
        { "a one-megabyte hashtag", "#" + new string('a', 1_000_000) },
        { "a one-megabyte line of capitals", string.Concat(Enumerable.Repeat("SAMARKAND ", 100_000)) + ": text" },
        { "a one-megabyte line of dates", string.Concat(Enumerable.Repeat("21.02.2023, ", 80_000)) },
        { "a one-megabyte rule", new string('-', 1_000_000) },
        { "many short title-case lines", string.Concat(Enumerable.Repeat("Short Title Case Line\n", 20_000)) },
        { "many notices and link titles", string.Concat(Enumerable.Repeat("Related Posts\nSome Headline Here\n", 10_000)) + "Prose" },
        { "many short lines before prose", string.Concat(Enumerable.Repeat("Short Line Here\n", 20_000)) + string.Concat(Enumerable.Repeat("word ", 30)) },
        { "many blank lines", new string('\n', 100_000) },
        { "long front matter", "---\n" + string.Concat(Enumerable.Repeat("key: value\n", 20_000)) },
    };

    [Theory]
    [MemberData(nameof(LargeInputs))]
    public void Large_inputs_lay_out(string name, string text)
    {
        var laid = LaidOut.Of(text);

        Assert.True(laid.Layout.Blocks.Sum(b => b.Span.Length) == text.Length, name);
        Assert.NotEmpty(laid.Layout.Blocks);
    }

    [Fact]
    public void A_one_megabyte_paragraph_is_one_paragraph_block()
    {
        var paragraph = string.Concat(Enumerable.Repeat("The leaders met again. ", 45_000));
        var laid = LaidOut.Of("Headline Of The Day\n\n" + paragraph + "\n");

        Assert.Equal([BlockKind.Title, BlockKind.Blank, BlockKind.Paragraph], laid.Kinds);
    }
}
