using Dicta.Extraction.Layout;

namespace Dicta.Extraction.Tests.Layout;

public class DateGrammarTests
{
    [Theory]
    [InlineData("2023-02-21T17:12+0000", "2023-02-21T17:12:00+00:00", true)]
    [InlineData("2023-02-21T17:12:05Z", "2023-02-21T17:12:05+00:00", true)]
    [InlineData("2023-02-21T17:12:05.250+03:00", "2023-02-21T17:12:05.250+03:00", true)]
    [InlineData("2023-02-21 17:12:00 -05:00", "2023-02-21T17:12:00-05:00", true)]
    [InlineData("2023-02-21T17:12", "2023-02-21T17:12:00+00:00", true)]
    [InlineData("2023-02-21", "2023-02-21T00:00:00+00:00", false)]
    [InlineData("21.02.2023", "2023-02-21T00:00:00+00:00", false)]
    [InlineData("1.2.2023", "2023-02-01T00:00:00+00:00", false)]
    [InlineData("21.02.2023, 17:12", "2023-02-21T17:12:00+00:00", true)]
    [InlineData("Feb 21, 2023", "2023-02-21T00:00:00+00:00", false)]
    [InlineData("Feb. 21 2023", "2023-02-21T00:00:00+00:00", false)]
    [InlineData("February 21st, 2023", "2023-02-21T00:00:00+00:00", false)]
    [InlineData("21 February 2023", "2023-02-21T00:00:00+00:00", false)]
    [InlineData("Tuesday, 21 February 2023", "2023-02-21T00:00:00+00:00", false)]
    [InlineData("Sept 1, 2023 at 5:12 pm", "2023-09-01T17:12:00+00:00", true)]
    [InlineData("Feb 21, 2023 12:30 AM GMT", "2023-02-21T00:30:00+00:00", true)]
    [InlineData("Feb 21, 2023 17:12 MSK", "2023-02-21T17:12:00+03:00", true)]
    [InlineData("Feb 21, 2023 17:12 XYZ", "2023-02-21T00:00:00+00:00", false)]
    public void Reads_the_forms_articles_print(string text, string expected, bool hasTime)
    {
        var date = DateGrammar.ReadWhole(text);

        Assert.NotNull(date);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date.Value.Value);
        Assert.Equal(TimeSpan.Parse(expected[^6..].TrimStart('+'), System.Globalization.CultureInfo.InvariantCulture), date.Value.Value.Offset);
        Assert.Equal(hasTime, date.Value.HasTime);
    }

    [Theory]
    [InlineData("2023-02-30")]
    [InlineData("2023-13-01")]
    [InlineData("31.04.2023")]
    [InlineData("2023-02-21T24:00")]
    [InlineData("2023-02-21T17:12+1500")]
    [InlineData("Feb 30, 2023")]
    [InlineData("Mayor 1, 2023")]
    [InlineData("2023-02-211")]
    [InlineData("0999-01-01")]
    [InlineData("13:00 PM Feb 21, 2023")]
    [InlineData("yesterday")]
    [InlineData("")]
    public void Rejects_what_is_not_a_date(string text)
    {
        Assert.Null(DateGrammar.ReadWhole(text));
    }
}
