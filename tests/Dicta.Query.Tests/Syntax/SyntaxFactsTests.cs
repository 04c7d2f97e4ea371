using Dicta.Query.Syntax;

namespace Dicta.Query.Tests.Syntax;

public sealed class SyntaxFactsTests
{
    [Fact]
    public void The_keywords_are_those_of_the_grammar()
    {
        Assert.Equal(
            ["where", "and", "or", "not", "in", "between", "has", "contains", "startswith", "endswith", "matches", "order", "by",
             "asc", "desc", "limit", "select", "as", "group", "count", "true", "false"],
            SyntaxFacts.KeywordKinds.Select(k => SyntaxFacts.GetText(k)));
    }

    [Theory]
    [InlineData("WHERE", SyntaxKind.WhereKeyword)]
    [InlineData("StartsWith", SyntaxKind.StartsWithKeyword)]
    [InlineData("count", SyntaxKind.CountKeyword)]
    public void Keyword_lookup_ignores_case(string text, SyntaxKind kind)
    {
        Assert.Equal(kind, SyntaxFacts.GetKeywordKind(text));
        Assert.True(SyntaxFacts.IsKeyword(text));
    }

    [Fact]
    public void Names_are_not_keywords_and_variable_tokens_have_no_fixed_text()
    {
        Assert.Null(SyntaxFacts.GetKeywordKind("speaker"));
        Assert.False(SyntaxFacts.IsKeyword("statements"));
        Assert.Null(SyntaxFacts.GetText(SyntaxKind.IdentifierToken));
        Assert.Equal("!=", SyntaxFacts.GetText(SyntaxKind.BangEqualsToken));
    }

    [Fact]
    public void Every_kind_is_exactly_one_of_token_trivia_node_or_none()
    {
        foreach (var kind in Enum.GetValues<SyntaxKind>())
        {
            var classes = new[] { SyntaxFacts.IsToken(kind), SyntaxFacts.IsTrivia(kind), SyntaxFacts.IsNode(kind), kind == SyntaxKind.None };
            Assert.Equal(1, classes.Count(c => c));
        }
    }

    [Fact]
    public void Fixed_text_kinds_lex_back_to_themselves()
    {
        foreach (var kind in SyntaxFacts.FixedTextKinds.Where(SyntaxFacts.IsPunctuation))
        {
            var tree = SyntaxTree.Parse("statements where a " + SyntaxFacts.GetText(kind));
            Assert.Contains(tree.Root.DescendantTokens().Concat(tree.Root.EndOfFile.LeadingTrivia.Select(t => t.SkippedToken).OfType<SyntaxToken>()), t => t.Kind == kind);
        }
    }

    [Fact]
    public void Clause_keywords_and_predicate_operators_are_classified()
    {
        Assert.True(SyntaxFacts.IsClauseKeyword(SyntaxKind.LimitKeyword));
        Assert.False(SyntaxFacts.IsClauseKeyword(SyntaxKind.WhereKeyword));
        Assert.True(SyntaxFacts.IsPredicateOperator(SyntaxKind.MatchesKeyword));
        Assert.False(SyntaxFacts.IsPredicateOperator(SyntaxKind.AndKeyword));
        Assert.True(SyntaxFacts.IsLiteral(SyntaxKind.DateLiteralToken));
    }
}
