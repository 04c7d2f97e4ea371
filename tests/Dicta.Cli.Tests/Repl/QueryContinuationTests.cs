using Dicta.Cli.Repl;

namespace Dicta.Cli.Tests.Repl;

public class QueryContinuationTests
{
    [Theory]
    [InlineData("statements where (speaker = 'Putin'")]
    [InlineData("statements where speaker = 'Putin' and")]
    [InlineData("statements where speaker = 'Putin' or")]
    [InlineData("statements where speaker =")]
    [InlineData("statements where not")]
    [InlineData("statements where")]
    [InlineData("statements order")]
    [InlineData("statements where speaker in ('Putin',")]
    [InlineData("statements where (speaker = 'Putin' -- a comment")]
    public void A_query_missing_tokens_at_its_end_continues(string text)
    {
        Assert.True(QueryContinuation.IsIncomplete(text));
    }

    [Theory]
    [InlineData("statements")]
    [InlineData("statements where speaker = 'Putin'")]
    [InlineData("statements where (speaker = 'Putin' and\ntopic = 'taiwan')")]
    [InlineData("statements where speker = 'Putin'")]
    [InlineData("statements where speaker = 'Putin")]
    [InlineData("statements wher")]
    [InlineData("")]
    [InlineData("   ")]
    public void A_complete_or_mistaken_query_runs(string text)
    {
        Assert.False(QueryContinuation.IsIncomplete(text));
    }
}
