using Dicta.Query.Syntax;

namespace Dicta.Query.Tests.Syntax;

/// <summary>Printing and equivalence by example; the round-trip property over generated trees is in <c>Properties/SyntaxProperties</c>.</summary>
public sealed class SyntaxPrinterTests
{
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
