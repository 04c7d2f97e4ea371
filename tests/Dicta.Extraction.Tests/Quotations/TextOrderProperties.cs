using System.Collections.Immutable;
using Dicta.Extraction.Quotations;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dicta.Extraction.Tests.Quotations;

public class TextOrderProperties
{
    /// <summary>Items as (start, original index): the index tells whether equal starts kept their order.</summary>
    private static readonly Arbitrary<(int Start, int Index)[]> Items =
        Gen.Choose(0, 5).ArrayOf().Select(starts => starts.Select((start, index) => (start, index)).ToArray()).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property An_array_is_put_in_stable_order_by_start() =>
        Prop.ForAll(Items, items =>
            TextOrder.ByStart(items.ToImmutableArray(), item => item.Start).SequenceEqual(items.OrderBy(item => item.Start)));

    [Property(MaxTest = 300)]
    public Property A_builder_is_put_in_stable_order_by_start() =>
        Prop.ForAll(Items, items =>
        {
            var builder = ImmutableArray.CreateBuilder<(int Start, int Index)>();
            builder.AddRange(items);
            return TextOrder.ByStart(builder, item => item.Start).SequenceEqual(items.OrderBy(item => item.Start));
        });
}
