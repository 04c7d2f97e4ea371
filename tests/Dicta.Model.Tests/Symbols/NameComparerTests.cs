namespace Dicta.Model.Tests.Symbols;

public class NameComparerTests
{
    [Fact]
    public void NameComparer_ignores_case_ordinally()
    {
        Assert.True(NameComparer.Same("Putin", "PUTIN"));
        Assert.False(NameComparer.Same("Putin", "Putin "));
        Assert.True(NameComparer.Same(null, null));
        Assert.Equal(0, NameComparer.Instance.Compare("xi", "XI"));
    }
}
