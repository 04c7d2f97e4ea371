using Dicta.Model.Text;

namespace Dicta.Model.Tests.Text;

public class LinePositionTests
{
    [Fact]
    public void Prints_one_based()
    {
        Assert.Equal("1,1", new LinePosition(0, 0).ToString());
        Assert.Equal("3,10", new LinePosition(2, 9).ToString());
        Assert.Equal("(1,2)-(4,5)", new LinePositionSpan(new LinePosition(0, 1), new LinePosition(3, 4)).ToString());
    }

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(0, -1)]
    public void Rejects_negative_parts(int line, int character) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new LinePosition(line, character));

    [Fact]
    public void Orders_by_line_then_character()
    {
        Assert.True(new LinePosition(0, 9) < new LinePosition(1, 0));
        Assert.True(new LinePosition(1, 2) > new LinePosition(1, 1));
        Assert.True(new LinePosition(1, 1) <= new LinePosition(1, 1));
        Assert.True(new LinePosition(1, 1) >= new LinePosition(1, 1));
        Assert.Equal(0, new LinePosition(4, 2).CompareTo(new LinePosition(4, 2)));
    }
}
