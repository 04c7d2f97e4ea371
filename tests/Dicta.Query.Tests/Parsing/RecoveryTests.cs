using Dicta.Query.Syntax;
using Dicta.Query.Tests.Syntax;

namespace Dicta.Query.Tests.Parsing;

public sealed class RecoveryTests
{
    [Theory]
    [InlineData("statements where speaker =", "(= speaker ?)", 1)]
    [InlineData("statements where (speaker = \"a\"", "{(= speaker \"a\")}", 1)]
    [InlineData("statements where and", "(and ? ?)", 2)]
    [InlineData("statements where speaker = = \"a\"", "(= (= speaker ?) \"a\")", 1)]
    [InlineData("statements where speaker = \"Putin\" and", "(and (= speaker \"Putin\") ?)", 1)]
    [InlineData("statements where speaker in (\"a\", ", "(in speaker \"a\" ?)", 1)]
    [InlineData("statements where (((a", "{{{a}}}", 1)]
    [InlineData("statements where not", "(not ?)", 1)]
    [InlineData("statements where a between", "(between a ? ?)", 1)]
    [InlineData("statements where a not", "a", 1)]
    [InlineData("statements where speaker = @Putin", "(= speaker Putin)", 1)]
    [InlineData("statements where speaker.", "speaker.?", 1)]
    [InlineData("statements where text matches", "(matches text ?)", 1)]
    [InlineData("statements where (a = 1 junk) and b = 2", "(and {(= a 1)} (= b 2))", 1)]
    [InlineData("statements where x = 1 ) and y = 2", "(= x 1)", 1)]
    public void Half_typed_queries_still_give_a_whole_tree(string text, string shape, int diagnostics)
    {
        var tree = SyntaxTree.Parse(text);
        Assert.Equal(text, tree.ToFullString());
        Assert.Equal(shape, SyntaxShape.OfWhere(tree));
        Assert.Equal(diagnostics, tree.Diagnostics.Length);
    }

    [Fact]
    public void A_clause_after_a_broken_condition_is_still_read()
    {
        var tree = SyntaxTree.Parse("statements where (speaker = order by date limit 3");
        Assert.Equal(["OrderByClause", "LimitClause"], tree.Root.Clauses.Select(c => c.Kind.ToString()));
        Assert.Equal(3m, ((LimitClauseSyntax)tree.Root.Clauses[1]).Count.Value);
        Assert.Single(tree.Diagnostics);
    }

    [Fact]
    public void Missing_tokens_are_zero_width_and_have_no_text()
    {
        var tree = SyntaxTree.Parse("statements order date");
        var order = Assert.IsType<OrderByClauseSyntax>(tree.Root.Clauses.Single());
        Assert.True(order.ByKeyword.IsMissing);
        Assert.Equal(0, order.ByKeyword.Span.Length);
        Assert.Equal(string.Empty, order.ByKeyword.Text);
        Assert.Equal(SyntaxKind.ByKeyword, order.ByKeyword.Kind);
        Assert.Equal("date", order.Orderings.Single().Expression.ToString());
    }

    [Fact]
    public void Skipped_tokens_stay_in_the_tree_as_trivia_with_the_token()
    {
        var tree = SyntaxTree.Parse("statements where a = 1 b c limit 2");
        var limit = Assert.IsType<LimitClauseSyntax>(tree.Root.Clauses.Single());
        var skipped = limit.LimitKeyword.LeadingTrivia.Where(t => t.Kind == SyntaxKind.SkippedTokensTrivia).ToList();
        Assert.Equal(["b", "c"], skipped.Select(t => t.Text));
        Assert.All(skipped, t => Assert.Equal(SyntaxKind.IdentifierToken, t.SkippedToken!.Kind));
    }

    [Fact]
    public void Ten_thousand_parentheses_give_a_diagnostic_not_a_stack_overflow()
    {
        var text = "statements where " + new string('(', 10_000) + "a = 1" + new string(')', 10_000) + " limit 1";
        var tree = SyntaxTree.Parse(text);
        Assert.Equal("DQ0014", Assert.Single(tree.Diagnostics).Id);
        Assert.Equal(text, tree.ToFullString());
    }

    [Fact]
    public void Ten_thousand_nots_give_a_diagnostic_not_a_stack_overflow()
    {
        var text = "statements where " + string.Concat(Enumerable.Repeat("not ", 10_000)) + "a";
        var tree = SyntaxTree.Parse(text);
        Assert.Equal("DQ0014", Assert.Single(tree.Diagnostics).Id);
        Assert.Equal(text, tree.ToFullString());
    }

    [Fact]
    public void The_deepest_nesting_allowed_parses_on_a_small_stack()
    {
        var text = "statements where " + string.Concat(Enumerable.Repeat("not (", 100)) + "a" + new string(')', 100);
        SyntaxTree? tree = null;
        var thread = new Thread(() => tree = SyntaxTree.Parse(text), maxStackSize: 512 * 1024);
        thread.Start();
        thread.Join();
        Assert.NotNull(tree);
        Assert.Empty(tree.Diagnostics);
        Assert.Equal(200, tree.Root.Where!.Condition.DescendantNodesAndSelf().Count(n => n is UnaryExpressionSyntax or ParenthesizedExpressionSyntax));
    }

    [Fact]
    public void A_megabyte_of_or_parses_into_a_deep_tree_that_walks_without_recursion()
    {
        var text = "statements where " + string.Join(" or ", Enumerable.Repeat("speaker = \"x\"", 70_000));
        Assert.True(text.Length > 1_000_000);
        var tree = SyntaxTree.Parse(text);
        Assert.Empty(tree.Diagnostics);
        Assert.Equal(text, tree.ToFullString());
        Assert.Equal(SyntaxPrinter.Print(tree.Root), text);
        Assert.True(tree.Root.IsEquivalentTo(SyntaxTree.Parse(text).Root));
    }

    [Fact]
    public void A_megabyte_of_garbage_parses()
    {
        var random = new Random(7);
        var chars = new char[1_000_000];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)random.Next(0, 0x3000);
        }

        var text = new string(chars);
        var tree = SyntaxTree.Parse(text);
        Assert.Equal(text, tree.ToFullString());
        Assert.NotEmpty(tree.Diagnostics);
    }
}
