using Dicta.Query.Syntax;
using Dicta.Query.Tests.Syntax;

namespace Dicta.Query.Tests.Parsing;

public sealed class ParserTests
{
    private static SyntaxTree Clean(string text)
    {
        var tree = SyntaxTree.Parse(text);
        Assert.True(tree.Diagnostics.IsEmpty, string.Join("\n", tree.Diagnostics));
        Assert.Equal(text, tree.ToFullString());
        return tree;
    }

    [Theory]
    [InlineData("speaker = \"Putin\"", "(= speaker \"Putin\")")]
    [InlineData("speaker != 'Putin'", "(!= speaker 'Putin')")]
    [InlineData("line < 3", "(< line 3)")]
    [InlineData("line <= 3.5", "(<= line 3.5)")]
    [InlineData("date > 2022-09-15", "(> date 2022-09-15)")]
    [InlineData("date >= $since", "(>= date $since)")]
    [InlineData("text has war", "(has text war)")]
    [InlineData("text contains \"war\"", "(contains text \"war\")")]
    [InlineData("text startswith \"a\"", "(startswith text \"a\")")]
    [InlineData("text endswith \"a\"", "(endswith text \"a\")")]
    [InlineData("text matches /wa+r/i", "(matches text /wa+r/i)")]
    [InlineData("text matches $pattern", "(matches text $pattern)")]
    [InlineData("kind in (\"direct\", \"partial\")", "(in kind \"direct\" \"partial\")")]
    [InlineData("kind not in (\"direct\")", "(not-in kind \"direct\")")]
    [InlineData("date between 2022-01-01 and 2022-12-31", "(between date 2022-01-01 2022-12-31)")]
    [InlineData("date not between $a and $b", "(not-between date $a $b)")]
    [InlineData("not speaker = \"a\"", "(not (= speaker \"a\"))")]
    [InlineData("(speaker = \"a\")", "{(= speaker \"a\")}")]
    [InlineData("speaker.country = \"China\"", "(= speaker.country \"China\")")]
    [InlineData("article.outlet.name = x", "(= article.outlet.name x)")]
    [InlineData("via", "via")]
    [InlineData("true", "true")]
    [InlineData("FALSE = x", "(= false x)")]
    public void Every_expression_form_parses_to_its_shape(string condition, string shape)
    {
        var tree = Clean("statements where " + condition);
        Assert.Equal(shape, SyntaxShape.OfWhere(tree));
    }

    [Fact]
    public void The_design_card_example_parses_to_the_named_nodes()
    {
        var tree = Clean("statements where speaker = \"Putin\" and topic = \"Taiwan\"");
        Assert.Equal("statements", tree.Root.Source.Text);
        var and = Assert.IsType<BinaryExpressionSyntax>(tree.Root.Where!.Condition);
        Assert.Equal(SyntaxKind.AndKeyword, and.OperatorToken.Kind);
        var left = Assert.IsType<BinaryExpressionSyntax>(and.Left);
        Assert.Equal("speaker", Assert.IsType<NameExpressionSyntax>(left.Left).IdentifierToken.Text);
        Assert.Equal("Putin", Assert.IsType<LiteralExpressionSyntax>(left.Right).Token.Value);
        Assert.Empty(tree.Root.Clauses);
        Assert.Equal(SyntaxKind.EndOfFileToken, tree.Root.EndOfFile.Kind);
    }

    [Fact]
    public void All_clauses_parse_in_any_order()
    {
        var tree = Clean("speakers count select name as who, country order by statements desc, name limit 10 group by country, role");
        Assert.Null(tree.Root.Where);
        Assert.Collection(
            tree.Root.Clauses,
            c => Assert.IsType<CountClauseSyntax>(c),
            c =>
            {
                var select = Assert.IsType<SelectClauseSyntax>(c);
                Assert.Equal(2, select.Items.Count);
                Assert.Equal("who", select.Items[0].Alias!.Text);
                Assert.Equal(SyntaxKind.AsKeyword, select.Items[0].AsKeyword!.Kind);
                Assert.Null(select.Items[1].Alias);
                Assert.Single(select.Items.Separators);
            },
            c =>
            {
                var order = Assert.IsType<OrderByClauseSyntax>(c);
                Assert.True(order.Orderings[0].IsDescending);
                Assert.Null(order.Orderings[1].Direction);
                Assert.False(order.Orderings[1].IsDescending);
            },
            c => Assert.Equal(10m, Assert.IsType<LimitClauseSyntax>(c).Count.Value),
            c => Assert.Equal(["country", "role"], Assert.IsType<GroupByClauseSyntax>(c).Keys.Select(k => k.ToString())));
    }

    [Fact]
    public void Order_by_asc_is_an_explicit_direction()
    {
        var tree = Clean("articles order by date ASC");
        var ordering = Assert.IsType<OrderByClauseSyntax>(tree.Root.Clauses.Single()).Orderings.Single();
        Assert.Equal(SyntaxKind.AscKeyword, ordering.Direction!.Kind);
    }

    [Fact]
    public void Keywords_are_case_insensitive_and_identifiers_keep_their_text()
    {
        var tree = Clean("Statements WHERE Speaker = 'x' AnD NOT Topic In ('a') ORDER BY Date DESC LIMIT 1");
        Assert.Equal("Statements", tree.Root.Source.Text);
        Assert.Equal("(and (= Speaker 'x') (not (in Topic 'a')))", SyntaxShape.OfWhere(tree));
    }

    [Fact]
    public void Select_items_take_whole_expressions()
    {
        var tree = Clean("statements select speaker.name as who, date");
        var select = Assert.IsType<SelectClauseSyntax>(tree.Root.Clauses.Single());
        Assert.Equal("speaker.name", select.Items[0].Expression.ToString());
        Assert.IsType<MemberAccessExpressionSyntax>(select.Items[0].Expression);
    }

    [Fact]
    public void Comments_and_line_breaks_are_trivia()
    {
        const string text = "-- who said it\nstatements -- the source\r\n  where speaker = \"Putin\"  -- him\n";
        var tree = Clean(text);
        Assert.Equal(SyntaxKind.LineCommentTrivia, tree.Root.Source.LeadingTrivia[0].Kind);
        Assert.Equal(SyntaxKind.EndOfLineTrivia, tree.Root.Source.LeadingTrivia[1].Kind);
        Assert.Equal(
            [SyntaxKind.WhitespaceTrivia, SyntaxKind.LineCommentTrivia, SyntaxKind.EndOfLineTrivia],
            tree.Root.Source.TrailingTrivia.Select(t => t.Kind));
        Assert.Equal("\r\n", tree.Root.Source.TrailingTrivia[2].Text);
        Assert.Equal("where speaker = \"Putin\"", tree.Root.Where!.ToString());
    }

    [Fact]
    public void Node_spans_leave_out_outer_trivia_and_full_spans_keep_it()
    {
        var tree = Clean("  statements   where  a = 1  ");
        var where = tree.Root.Where!;
        Assert.Equal("where  a = 1", where.ToString());
        Assert.Equal("where  a = 1  ", where.ToFullString());
        Assert.Equal(tree.Text.FullSpan, tree.Root.FullSpan);
    }

    [Fact]
    public void Children_are_in_source_order_and_tile_the_node()
    {
        var tree = Clean("statements where a in (1, 2) and b between 1 and 2 select a.b as c order by a desc group by a limit 3 count");
        foreach (var node in tree.Root.DescendantNodesAndSelf())
        {
            var children = node.GetChildren();
            Assert.Equal(node.FullSpan.Start, children[0].FullSpan.Start);
            Assert.Equal(node.FullSpan.End, children[^1].FullSpan.End);
            for (var i = 1; i < children.Length; i++)
            {
                Assert.Equal(children[i - 1].FullSpan.End, children[i].FullSpan.Start);
            }
        }
    }

    [Fact]
    public void Descendant_tokens_are_the_tokens_of_the_text()
    {
        var tree = Clean("statements where speaker.country = 'x'");
        Assert.Equal(
            ["statements", "where", "speaker", ".", "country", "=", "'x'", ""],
            tree.Root.DescendantTokens().Select(t => t.Text));
        Assert.Equal("statements", tree.Root.GetFirstToken().Text);
        Assert.Equal(SyntaxKind.EndOfFileToken, tree.Root.GetLastToken().Kind);
    }

    [Fact]
    public void Parse_of_a_source_text_keeps_its_path()
    {
        var tree = SyntaxTree.Parse(Dicta.Model.Text.SourceText.From("statements where", "saved.dq"));
        Assert.Equal("saved.dq", Assert.Single(tree.Diagnostics).Location.Path);
        Assert.Equal("query", SyntaxTree.Parse("x =").Diagnostics.Single().Location.Path);
    }

    [Fact]
    public void In_lists_keep_their_separators()
    {
        var tree = Clean("statements where kind in ('a','b' , 'c')");
        var list = Assert.IsType<InExpressionSyntax>(tree.Root.Where!.Condition);
        Assert.Equal(3, list.Values.Count);
        Assert.Equal(2, list.Values.Separators.Length);
        Assert.Equal(5, list.Values.GetWithSeparators().Length);
    }
}
