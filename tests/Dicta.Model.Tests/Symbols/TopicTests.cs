namespace Dicta.Model.Tests.Symbols;

public class TopicTests
{
    [Fact]
    public void Topics_compare_by_slug_alone()
    {
        Assert.Equal(new Topic("taiwan", "Taiwan"), new Topic("taiwan", "Taiwan Strait"));
        Assert.Equal(new Topic("taiwan", "Taiwan").GetHashCode(), new Topic("taiwan", "Taiwan Strait").GetHashCode());
        Assert.NotEqual(new Topic("taiwan", "Taiwan"), new Topic("Taiwan", "Taiwan"));
        Assert.NotEqual(Samples.Taiwan, Samples.Ukraine);
    }

    [Fact]
    public void IsNamed_matches_slug_or_label_ignoring_case()
    {
        var topic = new Topic("world-order", "World order");

        Assert.True(topic.IsNamed("WORLD-ORDER"));
        Assert.True(topic.IsNamed("world order"));
        Assert.False(topic.IsNamed("world"));
        Assert.Equal("world-order", topic.ToString());
    }
}
