using Dicta.Model.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dicta.Model.Tests.Text;

public class TextSpanTests
{
    private static readonly Arbitrary<(TextSpan, TextSpan)> SpanPairs =
        (from a in ModelGenerators.SpanWithin(0, 30) from b in ModelGenerators.SpanWithin(0, 30) select (a, b)).ToArbitrary();

    [Fact]
    public void Construction_sets_start_length_and_end()
    {
        var span = new TextSpan(3, 4);

        Assert.Equal(3, span.Start);
        Assert.Equal(4, span.Length);
        Assert.Equal(7, span.End);
        Assert.False(span.IsEmpty);
        Assert.True(new TextSpan(5, 0).IsEmpty);
        Assert.Equal("[3..7)", span.ToString());
    }

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(0, -1)]
    [InlineData(int.MaxValue, 1)]
    [InlineData(1, int.MaxValue)]
    public void Construction_rejects_negative_parts_and_overflowing_ends(int start, int length) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(start, length));

    [Fact]
    public void Construction_accepts_a_span_that_ends_at_the_largest_offset() =>
        Assert.Equal(int.MaxValue, new TextSpan(int.MaxValue - 1, 1).End);

    [Fact]
    public void FromBounds_spans_start_to_end()
    {
        Assert.Equal(new TextSpan(2, 5), TextSpan.FromBounds(2, 7));
        Assert.Equal(new TextSpan(4, 0), TextSpan.FromBounds(4, 4));
    }

    [Theory]
    [InlineData(5, 4)]
    [InlineData(-1, 3)]
    public void FromBounds_rejects_an_end_before_the_start_and_a_negative_start(int start, int end) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TextSpan.FromBounds(start, end));

    [Fact]
    public void Contains_offset_includes_the_start_and_excludes_the_end()
    {
        var span = new TextSpan(2, 3);

        Assert.False(span.Contains(1));
        Assert.True(span.Contains(2));
        Assert.True(span.Contains(4));
        Assert.False(span.Contains(5));
        Assert.False(new TextSpan(2, 0).Contains(2));
    }

    [Fact]
    public void Contains_span_is_true_for_spans_wholly_inside()
    {
        var span = TextSpan.FromBounds(2, 8);

        Assert.True(span.Contains(TextSpan.FromBounds(2, 8)));
        Assert.True(span.Contains(TextSpan.FromBounds(3, 5)));
        Assert.True(span.Contains(TextSpan.FromBounds(8, 8)));
        Assert.False(span.Contains(TextSpan.FromBounds(1, 5)));
        Assert.False(span.Contains(TextSpan.FromBounds(7, 9)));
    }

    [Fact]
    public void Adjacent_spans_do_not_overlap()
    {
        var left = TextSpan.FromBounds(0, 3);
        var right = TextSpan.FromBounds(3, 6);

        Assert.False(left.OverlapsWith(right));
        Assert.Null(left.Overlap(right));
        Assert.True(left.OverlapsWith(TextSpan.FromBounds(2, 4)));
        Assert.Equal(TextSpan.FromBounds(2, 3), left.Overlap(TextSpan.FromBounds(2, 4)));
    }

    [Fact]
    public void Cover_spans_both_and_the_gap_between()
    {
        Assert.Equal(TextSpan.FromBounds(1, 9), TextSpan.FromBounds(1, 2).Cover(TextSpan.FromBounds(7, 9)));
        Assert.Equal(TextSpan.FromBounds(1, 9), TextSpan.FromBounds(7, 9).Cover(TextSpan.FromBounds(1, 2)));
    }

    [Fact]
    public void Spans_order_by_start_then_by_length()
    {
        TextSpan[] spans = [new(5, 1), new(2, 3), new(2, 1), new(0, 9)];

        Assert.Equal([new TextSpan(0, 9), new TextSpan(2, 1), new TextSpan(2, 3), new TextSpan(5, 1)], spans.Order());
        Assert.True(new TextSpan(2, 1) < new TextSpan(2, 3));
        Assert.True(new TextSpan(3, 0) > new TextSpan(2, 9));
        Assert.True(new TextSpan(2, 1) <= new TextSpan(2, 1));
        Assert.True(new TextSpan(2, 1) >= new TextSpan(2, 1));
    }

    [Property]
    public Property Overlap_is_symmetric_inside_both_and_agrees_with_OverlapsWith() =>
        Prop.ForAll(SpanPairs, pair =>
        {
            var (a, b) = pair;
            var overlap = a.Overlap(b);
            Assert.Equal(overlap, b.Overlap(a));
            Assert.Equal(a.OverlapsWith(b), overlap is not null);
            Assert.Equal(a.OverlapsWith(b), Enumerable.Range(0, 31).Any(i => a.Contains(i) && b.Contains(i)));
            if (overlap is { } both)
            {
                Assert.False(both.IsEmpty);
                Assert.True(a.Contains(both) && b.Contains(both));
                Assert.All(Enumerable.Range(0, 31), i => Assert.Equal(a.Contains(i) && b.Contains(i), both.Contains(i)));
            }
        });

    [Property]
    public Property Cover_is_the_smallest_span_containing_both() =>
        Prop.ForAll(SpanPairs, pair =>
        {
            var (a, b) = pair;
            var cover = a.Cover(b);
            Assert.Equal(cover, b.Cover(a));
            Assert.True(cover.Contains(a) && cover.Contains(b));
            Assert.Equal(Math.Min(a.Start, b.Start), cover.Start);
            Assert.Equal(Math.Max(a.End, b.End), cover.End);
        });

    [Property]
    public Property Comparison_is_consistent_with_equality_and_operators() =>
        Prop.ForAll(SpanPairs, pair =>
        {
            var (a, b) = pair;
            var compare = a.CompareTo(b);
            Assert.Equal(-Math.Sign(compare), Math.Sign(b.CompareTo(a)));
            Assert.Equal(a == b, compare == 0);
            Assert.Equal(compare < 0, a < b);
            Assert.Equal(compare > 0, a > b);
            Assert.Equal(compare <= 0, a <= b);
            Assert.Equal(compare >= 0, a >= b);
            Assert.Equal(a.Start != b.Start ? Math.Sign(a.Start - b.Start) : Math.Sign(a.Length - b.Length), Math.Sign(compare));
        });
}
