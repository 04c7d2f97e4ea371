using Dicta.Model.Diagnostics;
using Dicta.Model.Text;

namespace Dicta.Model.Tests.Diagnostics;

public class LocationTests
{
    [Fact]
    public void Prints_the_path_and_the_one_based_start()
    {
        var source = SourceText.From("line one\nline two", "seeds/a.txt");

        Assert.Equal("seeds/a.txt(2,6)", Location.In(source, new TextSpan(14, 3)).ToString());
        Assert.Equal("seeds/a.txt(1,1)", Location.In(source, new TextSpan(0, 0)).ToString());
    }

    [Fact]
    public void Gives_the_line_span_and_path()
    {
        var source = SourceText.From("ab\ncd", "a.txt");
        var location = Location.In(source, TextSpan.FromBounds(1, 4));

        Assert.Equal("a.txt", location.Path);
        Assert.Equal(new LinePositionSpan(new LinePosition(0, 1), new LinePosition(1, 1)), location.GetLineSpan());
    }

    [Fact]
    public void None_has_no_source_path_or_text()
    {
        Assert.Null(Location.None.Source);
        Assert.Equal(string.Empty, Location.None.Path);
        Assert.Equal(string.Empty, Location.None.ToString());
        Assert.Equal(default, Location.None.GetLineSpan());
    }

    [Fact]
    public void In_rejects_spans_past_the_end_and_a_missing_source()
    {
        var source = SourceText.From("abc");

        Assert.Throws<ArgumentOutOfRangeException>(() => Location.In(source, new TextSpan(2, 2)));
        Assert.Throws<ArgumentNullException>(() => Location.In(null!, new TextSpan(0, 0)));
        Assert.Equal(new TextSpan(3, 0), Location.In(source, new TextSpan(3, 0)).Span);
    }
}
