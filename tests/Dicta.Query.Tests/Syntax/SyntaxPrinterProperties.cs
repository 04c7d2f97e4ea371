using Dicta.Query.Syntax;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dicta.Query.Tests.Syntax;

public sealed class SyntaxPrinterProperties
{
    [Property(MaxTest = 300)]
    public Property A_generated_query_parses_to_its_shape_and_prints_back_to_an_equivalent_tree() =>
        Prop.ForAll(QueryModel.Conditions, pair =>
        {
            var text = QueryModel.Render(pair.Condition, pair.Seed);
            var tree = SyntaxTree.Parse(text);
            var printed = SyntaxPrinter.Print(tree.Root);
            var reparsed = SyntaxTree.Parse(printed);
            return (tree.Diagnostics.IsEmpty
                    && SyntaxShape.OfWhere(tree) == pair.Condition.Shape
                    && reparsed.Diagnostics.IsEmpty
                    && tree.Root.IsEquivalentTo(reparsed.Root)
                    && SyntaxPrinter.Print(reparsed.Root) == printed)
                .Label($"{text}\n=> {printed}\nshape {SyntaxShape.OfWhere(tree)}\nwant  {pair.Condition.Shape}");
        });

    [Fact]
    public void Printing_normalises_trivia_and_keyword_case_and_keeps_names()
    {
        var tree = SyntaxTree.Parse("Statements  WHERE -- c\n speaker . country IN ( 'a' ,\"b\" ) Order  By date DESC");
        Assert.Equal("Statements where speaker.country in ('a', \"b\") order by date desc", SyntaxPrinter.Print(tree.Root));
    }

    [Fact]
    public void Equivalence_ignores_trivia_and_case_but_not_values_or_shape()
    {
        var a = SyntaxTree.Parse("statements where Speaker = 'x'").Root;
        Assert.True(a.IsEquivalentTo(SyntaxTree.Parse("STATEMENTS   where speaker='x' -- c").Root));
        Assert.False(a.IsEquivalentTo(SyntaxTree.Parse("statements where speaker = 'X'").Root));
        Assert.False(a.IsEquivalentTo(SyntaxTree.Parse("statements where (speaker = 'x')").Root));
    }

    [Fact]
    public void Dump_lists_nodes_and_tokens_by_depth()
    {
        var dump = SyntaxPrinter.Dump(SyntaxTree.Parse("topics count").Root);
        Assert.Equal("Query [0..12)\n  IdentifierToken [0..6) \"topics\"\n  CountClause [7..12)\n    CountKeyword [7..12) \"count\"\n  EndOfFileToken [12..12) \"\"\n", dump);
    }
}
