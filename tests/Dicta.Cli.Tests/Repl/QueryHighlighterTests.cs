using Dicta.Cli.Repl;
using Dicta.Model.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dicta.Cli.Tests.Repl;

public class QueryHighlighterTests
{
    private static List<(string Text, HighlightClass Class)> Pieces(string query) =>
        [.. QueryHighlighter.Classify(query).Select(s => (query.Substring(s.Span.Start, s.Span.Length), s.Class))];

    [Fact]
    public void Each_token_gets_the_class_of_what_it_is()
    {
        var pieces = Pieces("statements where speaker.country = 'China' and date >= 2022-01-01 and text matches /peace/i or line > $n -- note");

        Assert.Equal(
            [
                ("statements", HighlightClass.Source),
                ("where", HighlightClass.Keyword),
                ("speaker", HighlightClass.Field),
                (".", HighlightClass.Operator),
                ("country", HighlightClass.Field),
                ("=", HighlightClass.Operator),
                ("'China'", HighlightClass.String),
                ("and", HighlightClass.Keyword),
                ("date", HighlightClass.Field),
                (">=", HighlightClass.Operator),
                ("2022-01-01", HighlightClass.Number),
                ("and", HighlightClass.Keyword),
                ("text", HighlightClass.Field),
                ("matches", HighlightClass.Keyword),
                ("/peace/i", HighlightClass.Regex),
                ("or", HighlightClass.Keyword),
                ("line", HighlightClass.Field),
                (">", HighlightClass.Operator),
                ("$n", HighlightClass.Parameter),
                ("-- note", HighlightClass.Comment),
            ],
            pieces);
    }

    [Fact]
    public void What_the_parser_skipped_is_bad()
    {
        var pieces = Pieces("statements wher speaker = 1 #");

        Assert.Contains(("wher", HighlightClass.Bad), pieces);
        Assert.Contains(("#", HighlightClass.Bad), pieces);
    }

    [Fact]
    public void A_window_gives_the_classes_of_one_line_shifted_to_its_start()
    {
        var text = "statements where (kind = 'direct' and\nspeaker = 'Xi')";
        var window = new TextSpan(38, text.Length - 38);

        var spans = QueryHighlighter.ClassifyWindow(text, window);

        Assert.Equal(new HighlightSpan(new TextSpan(0, 7), HighlightClass.Field), spans[0]);
        Assert.Equal(new HighlightSpan(new TextSpan(10, 4), HighlightClass.String), spans[2]);
    }

    [Property]
    public Property Spans_are_ordered_disjoint_and_inside_the_text() =>
        Prop.ForAll(Arb.From(Gen.Elements("statements", " where ", "speaker", ".", "'Pu'", "'x", "(", ")", " and ", "=", "$x", "-- c", "\n", "/a/", "#", "12", " ", "2022-01-01").ArrayOf().Select(parts => string.Concat(parts))), text =>
        {
            var spans = QueryHighlighter.Classify(text);
            var ordered = spans.Zip(spans.Skip(1), (a, b) => a.Span.End <= b.Span.Start).All(ok => ok);
            return ordered && spans.All(s => s.Span.Length > 0 && s.Span.End <= text.Length);
        });
}
