using Dicta.Model.Text;
using Dicta.Query.Syntax;
using Dicta.Query.Testing;
using Dicta.Query.Tests.Syntax;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dicta.Query.Tests.Properties;

/// <summary>The syntax properties of issue 6: generated trees round-trip, and any text parses losslessly.</summary>
public sealed class SyntaxProperties
{
    [Property(MaxTest = 300)]
    public Property A_generated_tree_printed_and_parsed_back_is_equivalent_ignoring_trivia() =>
        Prop.ForAll(QueryGenerators.Queries(Generated.Options), QueryProperties.RoundTrips);

    [Property(MaxTest = 200)]
    public Property A_well_formed_tree_that_need_not_bind_round_trips_too() =>
        Prop.ForAll(QueryGenerators.WellFormedQueries(Generated.Options), QueryProperties.RoundTrips);

    /// <summary>The generator knows the structure it wrote; the parser must find the same one (precedence, associativity, parentheses).</summary>
    [Property(MaxTest = 300)]
    public Property The_parser_gives_a_generated_condition_the_structure_it_was_written_with() =>
        Prop.ForAll(
            Gen.OneOf(QueryGenerators.Generate(Generated.Options, typed: true), QueryGenerators.Generate(Generated.Options, typed: false)).ToArbitrary(),
            query =>
            {
                var tree = SyntaxTree.Parse(query.Text);
                var shape = SyntaxShape.OfWhere(tree);
                return (tree.Diagnostics.IsEmpty && shape == (query.WhereShape ?? "<no where>"))
                    .Label($"{query.Text}\nparsed {shape}\nwant   {query.WhereShape}\n{string.Join("; ", tree.Diagnostics)}");
            });

    [Property(MaxTest = 1000)]
    public Property Any_text_even_garbage_parses_without_throwing_to_a_tree_of_exactly_that_text_with_nested_diagnostics() =>
        Prop.ForAll(QueryGenerators.QueryText(Generated.Options), QueryProperties.ParsesLosslessly);

    /// <summary>Found by the property above: a bad <c>\u</c> escape used to cover the next four characters, overlapping the escape after it.</summary>
    [Fact]
    public void A_bad_unicode_escape_covers_only_the_hex_digits_after_it_so_the_next_escape_has_a_diagnostic_of_its_own()
    {
        var tree = SyntaxTree.Parse("'\\u\\uaaa");

        Assert.Equal(
            ["[1..3) \\u", "[3..8) \\uaaa"],
            tree.Diagnostics.Where(d => d.Id == "DQ0003").Select(d => $"{d.Location.Span} {tree.Text.ToString(d.Location.Span)}"));
        Assert.Equal(new TextSpan(1, 3), SyntaxTree.Parse("'\\u1x'").Diagnostics.Single(d => d.Id == "DQ0003").Location.Span);
    }

    [Fact]
    public void Every_prefix_of_a_valid_query_parses_and_prints_back()
    {
        string[] queries =
        [
            "statements where speaker = \"Putin\" and topic = \"Taiwan\"",
            "statements where (speaker.country = 'China' or not via = $outlet) and date between 2022-01-01 and 2022-12-31 order by date desc, line limit 20",
            "speakers where statements >= 3 select name as who, country group by country count",
            "statements where text matches /wa\\/r/i and kind not in ('direct', \"partial\") -- done\n",
            "articles where title has \"war\" or outlet startswith 'Reu' select title, date order by date asc",
        ];
        foreach (var query in queries)
        {
            Assert.Empty(SyntaxTree.Parse(query).Diagnostics);
            for (var length = 0; length <= query.Length; length++)
            {
                var prefix = query[..length];
                var tree = SyntaxTree.Parse(prefix);
                Assert.Equal(prefix, tree.ToFullString());
                Assert.All(tree.Diagnostics, d => Assert.True(d.Location.Span.End <= prefix.Length));
            }
        }
    }
}
