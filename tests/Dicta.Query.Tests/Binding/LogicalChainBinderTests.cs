using System.Text;
using Dicta.Query.Binding;
using Dicta.Query.Syntax;

namespace Dicta.Query.Tests.Binding;

/// <summary>How chains bind: one n-ary node per chain of one logical operator, and deep chains of anything without recursion.</summary>
public class LogicalChainBinderTests
{
    [Fact]
    public void A_chain_of_one_operator_binds_to_one_node_with_its_operands_in_order()
    {
        var query = Binder.Bind(SyntaxTree.Parse("statements where line = 1 or line = 2 or line = 3 or line = 4"));

        var or = Assert.IsType<BoundLogicalExpression>(query.Filter);
        Assert.Equal(LogicalOperator.Or, or.Operator);
        Assert.Equal([1m, 2m, 3m, 4m], or.Operands.Select(o => Assert.IsType<BoundComparison>(o).Right.ConstantValue));
    }

    [Fact]
    public void And_operands_of_an_or_chain_are_nodes_of_their_own()
    {
        var query = Binder.Bind(SyntaxTree.Parse("statements where line = 1 or line = 2 and line = 3 or line = 4"));

        var or = Assert.IsType<BoundLogicalExpression>(query.Filter);
        Assert.Equal(3, or.Operands.Length);
        var and = Assert.IsType<BoundLogicalExpression>(or.Operands[1]);
        Assert.Equal(LogicalOperator.And, and.Operator);
        Assert.Equal(2, and.Operands.Length);
        Assert.Equal(
            Binder.Bind(SyntaxTree.Parse("statements where line = 1 or (line = 2 and line = 3) or line = 4")).Filter!.ToString(),
            query.Filter!.ToString());
    }

    [Fact]
    public void Parentheses_keep_their_grouping()
    {
        var query = Binder.Bind(SyntaxTree.Parse("statements where (line = 1 or line = 2) or line = 3"));

        var or = Assert.IsType<BoundLogicalExpression>(query.Filter);
        Assert.Equal(2, or.Operands.Length);
        Assert.Equal(2, Assert.IsType<BoundLogicalExpression>(or.Operands[0]).Operands.Length);
    }

    [Fact]
    public void The_operands_of_a_chain_report_in_the_order_of_the_text()
    {
        var query = Binder.Bind(SyntaxTree.Parse("statements where speker = 'a' or knd = 'b' or lin = 3"));

        Assert.Equal(["speker", "knd", "lin"], query.Diagnostics.Select(d => d.Message.Split('\'')[1]));
        Assert.True(query.HasErrors);
    }

    [Fact]
    public void A_chain_of_non_conditions_reports_each()
    {
        var query = Binder.Bind(SyntaxTree.Parse("statements where " + string.Join(" and ", Enumerable.Repeat("line", 10_000))));

        Assert.Equal(10_000, query.Diagnostics.Count(d => d.Id == "DQ0114"));
        Assert.All(Assert.IsType<BoundLogicalExpression>(query.Filter).Operands, o => Assert.IsType<BoundErrorExpression>(o));
    }

    [Fact]
    public void A_megabyte_long_field_path_binds_to_one_error()
    {
        var text = new StringBuilder("statements where speaker.name");
        while (text.Length < 1 << 20)
        {
            text.Append(".name");
        }

        var query = Binder.Bind(SyntaxTree.Parse(text.Append(" = 'x'").ToString()));

        Assert.Equal("DQ0102", Assert.Single(query.Diagnostics).Id);
        Assert.IsType<BoundErrorExpression>(Assert.IsType<BoundComparison>(query.Filter).Left);
    }

    [Fact]
    public void A_megabyte_of_chained_comparisons_binds_to_an_error_with_the_parser_s_diagnostics()
    {
        var text = new StringBuilder("statements where true");
        while (text.Length < 1 << 20)
        {
            text.Append(" = true");
        }

        var tree = SyntaxTree.Parse(text.ToString());
        var query = Binder.Bind(tree);

        Assert.True(query.HasErrors);
        Assert.NotEmpty(tree.Diagnostics);
        Assert.Equal(tree.Diagnostics.Select(d => d.ToString()), query.Diagnostics.Select(d => d.ToString()));
        Assert.IsType<BoundErrorExpression>(query.Filter);
    }

    [Fact]
    public void The_operands_of_chained_predicates_are_still_checked()
    {
        var query = Binder.Bind(SyntaxTree.Parse("statements where line = 1 = lin"));

        Assert.Contains(query.Diagnostics, d => d.Id == "DQ0013");
        Assert.Contains(query.Diagnostics, d => d.Id == "DQ0101" && d.Message.Contains("'lin'", StringComparison.Ordinal));
    }
}
