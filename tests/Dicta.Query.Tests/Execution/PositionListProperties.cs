using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dicta.Query.Tests.Execution;

/// <summary>The plan's set operations on sorted position lists agree with plain set arithmetic.</summary>
public class PositionListProperties
{
    /// <summary>Sorted distinct positions: some short, some dense and long, so both ways of intersecting run.</summary>
    private static readonly Gen<ImmutableArray<int>> Positions = Gen.OneOf(
        Gen.ListOf(Gen.Choose(0, 200)).Select(list => list.Distinct().Order().ToImmutableArray()),
        Gen.Choose(0, 3000).Select(n => Enumerable.Range(0, n).Where(i => i % 3 != 1).ToImmutableArray()));

    private static readonly Arbitrary<ImmutableArray<int>[]> Lists = Gen.ArrayOf(Positions).Select(a => a.Take(5).ToArray()).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Intersect_is_the_positions_in_every_list() =>
        Prop.ForAll(Lists, lists =>
        {
            var expected = lists.Length == 0 ? [] : lists.Skip(1).Aggregate((IEnumerable<int>)lists[0], (acc, l) => acc.Intersect(l)).Order().ToList();
            return expected.SequenceEqual(Dicta.Query.Execution.PlanNode.Intersect(lists));
        });

    [Property(MaxTest = 300)]
    public Property Union_is_the_positions_in_any_list_sorted_and_distinct() =>
        Prop.ForAll(Lists, lists =>
            lists.SelectMany(l => l).Distinct().Order().SequenceEqual(Dicta.Query.Execution.PlanNode.Union(lists)));

    [Fact]
    public void A_short_list_is_found_in_a_long_one_by_search()
    {
        var topic = Enumerable.Range(0, 100_000).Where(i => i % 2 == 0).ToImmutableArray();
        ImmutableArray<int> speaker = [3, 4, 10, 11, 99_998, 99_999];

        int[] expected = [4, 10, 99_998];
        Assert.Equal(expected, Dicta.Query.Execution.PlanNode.Intersect([topic, speaker]).AsEnumerable());
        Assert.Equal(expected, Dicta.Query.Execution.PlanNode.Intersect([speaker, topic]).AsEnumerable());
    }
}
