using System.Text;
using Dicta.Query.Binding;
using Dicta.Query.Execution;

namespace Dicta.Query.Tests.Execution;

/// <summary>
/// Chains of <c>and</c> and <c>or</c> far longer than any stack is deep: they bind to one n-ary node and run every way
/// (interpreted, planned, compiled) with the answer of the terms they repeat (issue 4, point 8).
/// </summary>
public class LongChainTests
{
    private const int Terms = 20_000;

    [Theory]
    [InlineData("kind = 'direct'", "or")]
    [InlineData("kind = 'direct'", "and")]
    [InlineData("speaker = 'Putin'", "or")]
    [InlineData("speaker = 'Putin'", "and")]
    [InlineData("text has 'china'", "or")]
    public void A_long_chain_of_one_term_answers_as_the_term(string term, string op)
    {
        var single = Seeds.Describe(Seeds.Run("statements where " + term));
        Assert.NotEmpty(single);

        var chain = Seeds.Bind("statements where " + string.Join($" {op} ", Enumerable.Repeat(term, Terms)));

        var logical = Assert.IsType<BoundLogicalExpression>(chain.Filter);
        Assert.Equal(Terms, logical.Operands.Length);
        Assert.Equal(single, Seeds.Describe(Seeds.RunAllWays(chain)));
    }

    [Fact]
    public void Every_operand_of_a_long_or_counts_down_to_the_last()
    {
        var expected = Seeds.Describe(Seeds.Run("statements where kind = 'direct'"));
        var chain = Seeds.Bind("statements where " + string.Join(" or ", Enumerable.Repeat("kind = 'none'", Terms - 1)) + " or kind = 'direct'");

        Assert.Equal(expected, Seeds.Describe(Seeds.RunAllWays(chain)));
    }

    [Fact]
    public void Every_operand_of_a_long_and_counts_down_to_the_last()
    {
        var everything = Seeds.Describe(Seeds.Run("statements where line > 0"));
        var none = Seeds.Bind("statements where " + string.Join(" and ", Enumerable.Repeat("line > 0", Terms - 1)) + " and line > 100000");
        var all = Seeds.Bind("statements where " + string.Join(" and ", Enumerable.Repeat("line > 0", Terms)));

        Assert.Equal(string.Empty, Seeds.Describe(Seeds.RunAllWays(none)));
        Assert.Equal(everything, Seeds.Describe(Seeds.RunAllWays(all)));
    }

    [Fact]
    public void A_long_and_of_indexed_and_other_terms_plans_an_intersection_and_an_n_ary_residual()
    {
        var expected = Seeds.Describe(Seeds.Run("statements where speaker = 'Putin' and kind = 'direct'"));
        Assert.NotEmpty(expected);
        var chain = Seeds.Bind("statements where " + string.Join(" and ", Enumerable.Repeat("speaker = 'Putin' and kind = 'direct'", Terms / 2)));

        var plan = QueryPlanner.Plan(chain);

        Assert.Equal(Terms / 2, Assert.IsType<IndexIntersectionNode>(plan.Access).Inputs.Length);
        var residual = Assert.IsType<BoundLogicalExpression>(plan.Residual);
        Assert.Equal(LogicalOperator.And, residual.Operator);
        Assert.Equal(Terms / 2, residual.Operands.Length);
        Assert.Equal(expected, Seeds.Describe(Seeds.RunAllWays(chain)));
    }

    [Fact]
    public void An_or_with_one_unindexed_operand_is_not_answered_by_the_indexes()
    {
        var chain = Seeds.Bind("statements where " + string.Join(" or ", Enumerable.Repeat("speaker = 'Putin'", Terms)) + " or kind = 'partial'");

        var plan = QueryPlanner.Plan(chain);

        Assert.True(plan.IsScan);
        Assert.Same(chain.Filter, plan.Residual);
        Assert.Equal(Seeds.Describe(Seeds.Run("statements where speaker = 'Putin' or kind = 'partial'")), Seeds.Describe(Seeds.RunAllWays(chain)));
    }

    [Fact]
    public void A_query_of_a_megabyte_of_ors_runs_through_the_engine_interpreted_and_compiled()
    {
        var text = new StringBuilder("statements where kind = 'direct'");
        while (text.Length < 1 << 20)
        {
            text.Append(" or kind = 'direct'");
        }

        var engine = new QueryEngine(Seeds.Corpus);
        var expected = Seeds.Describe(Seeds.Run("statements where kind = 'direct'"));

        var result = engine.Execute(text.ToString());
        var compiled = engine.Prepare(text.ToString()).Compile().Execute(Seeds.Corpus);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(expected, Seeds.Describe(result));
        Assert.Equal(expected, Seeds.Describe(compiled));
    }

    [Fact]
    public void A_megabyte_in_list_compiles_and_runs()
    {
        var text = new StringBuilder("statements where kind in ('direct'");
        while (text.Length < 1 << 20)
        {
            text.Append(", 'none'");
        }

        var query = text.Append(')').ToString();

        var result = new QueryEngine(Seeds.Corpus).Prepare(query).Compile().Execute(Seeds.Corpus);

        Assert.Equal(Seeds.Describe(Seeds.Run("statements where kind = 'direct'")), Seeds.Describe(result));
    }

    [Theory]
    [InlineData("kind = 'direct' or kind = 'partial' and speaker = 'Putin' or line < 5", "kind = 'direct' or (kind = 'partial' and speaker = 'Putin') or line < 5", "((kind = 'direct' or kind = 'partial') and speaker = 'Putin') or line < 5")]
    [InlineData("speaker = 'Putin' and kind = 'partial' or kind = 'direct' and line < 5", "(speaker = 'Putin' and kind = 'partial') or (kind = 'direct' and line < 5)", "speaker = 'Putin' and (kind = 'partial' or kind = 'direct') and line < 5")]
    public void And_binds_tighter_than_or_in_a_mixed_chain(string mixed, string parenthesized, string otherGrouping)
    {
        var answer = Seeds.Describe(Seeds.Run("statements where " + mixed));

        Assert.Equal(Seeds.Describe(Seeds.Run("statements where " + parenthesized)), answer);
        Assert.NotEqual(Seeds.Describe(Seeds.Run("statements where " + otherGrouping)), answer);
    }
}
