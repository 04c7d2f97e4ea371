using Dicta.Cli.Repl;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dicta.Cli.Tests.Repl;

public class QueryCompletionTests
{
    private static readonly QueryCompletion Completion = new(ReplRun.Seeds);

    private static CompletionResult At(string text) => Completion.Complete(text, text.Length);

    [Theory]
    [InlineData("", "statements")]
    [InlineData("stat", "statements")]
    [InlineData("statements wh", "where")]
    [InlineData("statements where spe", "speaker")]
    [InlineData("statements where speaker.cou", "country")]
    [InlineData("statements where article.", "outlet")]
    [InlineData("statements where speaker = 'Pu", "Putin")]
    [InlineData("statements where topic = 'tai", "taiwan")]
    [InlineData("statements where speaker in ('Xi', 'Pu", "Putin")]
    [InlineData("statements where kind = 'dir", "direct")]
    [InlineData("statements where speaker = 'Jin", "Xi Jinping")]
    [InlineData("statements where speaker ", "contains")]
    [InlineData("statements where speaker = 'Putin' ", "and")]
    [InlineData("statements group ", "by")]
    [InlineData("statements order by ", "date")]
    [InlineData("speakers where cou", "country")]
    [InlineData(":sch", ":schema")]
    public void Completion_offers_what_fits_the_token_at_the_caret(string text, string expected)
    {
        Assert.Contains(expected, At(text).Candidates);
    }

    [Theory]
    [InlineData("statements wh", "statements")]
    [InlineData("statements where spe", "speakers")]
    [InlineData("statements where speaker = 'Pu", "Xi Jinping")]
    [InlineData("statements where speaker.", "speaker")]
    [InlineData("statements where speaker = ", "speaker")]
    public void Completion_leaves_out_what_does_not_fit(string text, string unexpected)
    {
        Assert.DoesNotContain(unexpected, At(text).Candidates);
    }

    [Fact]
    public void The_replaced_text_is_the_word_before_the_caret()
    {
        var result = At("statements where spe");

        Assert.Equal(17, result.Start);
        Assert.Equal(3, result.Length);
        Assert.Equal("statements where speaker", result.Apply("statements where spe", "speaker"));
    }

    [Fact]
    public void Inside_a_string_the_replaced_text_starts_after_the_quotation_mark()
    {
        var result = At("statements where speaker = 'Pu");

        Assert.Equal("statements where speaker = 'Putin", result.Apply("statements where speaker = 'Pu", "Putin"));
    }

    [Fact]
    public void A_word_in_the_middle_completes_from_the_caret_back()
    {
        var text = "statements wh speaker = 'x'";

        Assert.Equal(["where"], Completion.Complete(text, 13).Candidates.ToArray());
    }

    [Property]
    public Property Completion_never_throws_and_replaces_text_before_the_caret() =>
        Prop.ForAll(Arb.From(Gen.Elements("statements", " where ", "speaker", ".", "'Pu", "(", " and ", "=", "$x", "--c", "\n", "\"", "/a", "order", " by ", ",").ArrayOf().Select(parts => string.Concat(parts))), text =>
        {
            var result = Completion.Complete(text, text.Length);
            return result.Start >= 0 && result.Start + result.Length == text.Length;
        });
}
