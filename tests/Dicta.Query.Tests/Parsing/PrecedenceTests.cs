using Dicta.Query.Syntax;
using Dicta.Query.Tests.Syntax;

namespace Dicta.Query.Tests.Parsing;

public sealed class PrecedenceTests
{
    /// <summary>Every operator, by level: how to write it between two operands, and how its node prints.</summary>
    private static readonly (string Written, string Shape, int Level)[] Operators =
    [
        ("or", "or", 1),
        ("and", "and", 2),
        ("=", "=", 4),
        ("!=", "!=", 4),
        ("<", "<", 4),
        ("<=", "<=", 4),
        (">", ">", 4),
        (">=", ">=", 4),
        ("has", "has", 4),
        ("contains", "contains", 4),
        ("startswith", "startswith", 4),
        ("endswith", "endswith", 4),
        ("matches", "matches", 4),
    ];

    public static TheoryData<string, string> BinaryPairs()
    {
        var data = new TheoryData<string, string>();
        foreach (var (first, firstShape, firstLevel) in Operators)
        {
            foreach (var (second, secondShape, secondLevel) in Operators)
            {
                if (firstLevel == 4 && secondLevel == 4)
                {
                    continue; // Predicates do not chain: see Comparisons_do_not_chain.
                }

                var text = $"a {first} b {second} c";
                var shape = firstLevel >= secondLevel
                    ? $"({secondShape} ({firstShape} a b) c)"
                    : $"({firstShape} a ({secondShape} b c))";
                data.Add(text, shape);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BinaryPairs))]
    public void Every_pair_of_binary_operators_nests_by_precedence_then_to_the_left(string condition, string shape)
    {
        var tree = SyntaxTree.Parse("statements where " + condition);
        Assert.Empty(tree.Diagnostics);
        Assert.Equal(shape, SyntaxShape.OfWhere(tree));
    }

    public static TheoryData<string, string> NotPairs()
    {
        var data = new TheoryData<string, string>();
        foreach (var (op, shape, level) in Operators)
        {
            data.Add($"not a {op} b", level == 4 ? $"(not ({shape} a b))" : $"({shape} (not a) b)");
            data.Add($"a {op} not b", level == 4 ? $"({shape} a ?)" : $"({shape} a (not b))");
        }

        data.Add("not a in (b)", "(not (in a b))");
        data.Add("not a between b and c", "(not (between a b c))");
        data.Add("not not a", "(not (not a))");
        return data;
    }

    [Theory]
    [MemberData(nameof(NotPairs))]
    public void Not_binds_tighter_than_and_or_but_looser_than_predicates(string condition, string shape) =>
        Assert.Equal(shape, SyntaxShape.OfWhere(SyntaxTree.Parse("statements where " + condition)));

    [Theory]
    [InlineData("a between 1 and 2 and b = 3", "(and (between a 1 2) (= b 3))")]
    [InlineData("a between 1 and 2 or b = 3", "(or (between a 1 2) (= b 3))")]
    [InlineData("x = 1 and a between 1 and 2", "(and (= x 1) (between a 1 2))")]
    [InlineData("a in (1) and b in (2) or c in (3)", "(or (and (in a 1) (in b 2)) (in c 3))")]
    [InlineData("a = 1 or b = 2 and c = 3", "(or (= a 1) (and (= b 2) (= c 3)))")]
    [InlineData("(a = 1 or b = 2) and c = 3", "(and {(or (= a 1) (= b 2))} (= c 3))")]
    [InlineData("a or b or c or d", "(or (or (or a b) c) d)")]
    [InlineData("a and b and c", "(and (and a b) c)")]
    [InlineData("a = (b = c)", "(= a {(= b c)})")]
    public void Between_owns_its_and_and_levels_associate_to_the_left(string condition, string shape)
    {
        var tree = SyntaxTree.Parse("statements where " + condition);
        Assert.Empty(tree.Diagnostics);
        Assert.Equal(shape, SyntaxShape.OfWhere(tree));
    }

    [Theory]
    [InlineData("a = b = c", "=")]
    [InlineData("a < b > c", ">")]
    [InlineData("a has b contains c", "contains")]
    [InlineData("a in (1) = c", "=")]
    [InlineData("a between 1 and 2 = c", "=")]
    [InlineData("a = b not in (c)", "in")]
    public void Comparisons_do_not_chain(string condition, string secondOperator)
    {
        var tree = SyntaxTree.Parse("statements where " + condition);
        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal("DQ0013", diagnostic.Id);
        Assert.Equal(secondOperator, tree.Text.ToString(diagnostic.Location.Span));
        Assert.Equal(17 + condition.LastIndexOf($" {secondOperator} ", StringComparison.Ordinal) + 1, diagnostic.Location.Span.Start);
    }

    [Fact]
    public void Syntax_facts_order_the_levels_as_the_grammar_does()
    {
        Assert.True(SyntaxFacts.GetBinaryOperatorPrecedence(SyntaxKind.OrKeyword) < SyntaxFacts.GetBinaryOperatorPrecedence(SyntaxKind.AndKeyword));
        Assert.True(SyntaxFacts.GetBinaryOperatorPrecedence(SyntaxKind.AndKeyword) < SyntaxFacts.GetUnaryOperatorPrecedence(SyntaxKind.NotKeyword));
        foreach (var kind in Enum.GetValues<SyntaxKind>().Where(SyntaxFacts.IsPredicateOperator))
        {
            Assert.True(SyntaxFacts.GetUnaryOperatorPrecedence(SyntaxKind.NotKeyword) < SyntaxFacts.GetBinaryOperatorPrecedence(kind));
        }

        Assert.Equal(0, SyntaxFacts.GetBinaryOperatorPrecedence(SyntaxKind.CommaToken));
    }
}
