using Dicta.Query.Binding;

namespace Dicta.Query.Tests.Binding;

public class NameSuggesterTests
{
    [Theory]
    [InlineData("speker", "speaker")]
    [InlineData("SPEAKR", "speaker")]
    [InlineData("topc", "topic")]
    [InlineData("sepaker", "speaker")]
    [InlineData("artcle", "article")]
    public void A_near_name_is_suggested(string name, string expected) =>
        Assert.Equal(expected, NameSuggester.Suggest(name, ["speaker", "topic", "text", "article", "date"]));

    [Theory]
    [InlineData("x")]
    [InlineData("outlet")]
    [InlineData("speaker")]
    public void A_far_or_exact_name_is_not_suggested(string name) =>
        Assert.Null(NameSuggester.Suggest(name, ["speaker", "topic", "text"]));

    [Fact]
    public void Distance_counts_a_transposition_as_one_edit()
    {
        Assert.Equal(1, NameSuggester.Distance("sepaker", "speaker", 3));
        Assert.Equal(2, NameSuggester.Distance("kitten", "sitting", 3) - 1);
    }
}
