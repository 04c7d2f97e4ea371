using Dicta.Query.Syntax;

namespace Dicta.Query.Tests.Parsing;

public sealed class LexerTests
{
    private static SyntaxToken OnlyOperand(string literal)
    {
        var tree = SyntaxTree.Parse("statements where x = " + literal);
        var comparison = Assert.IsType<BinaryExpressionSyntax>(tree.Root.Where!.Condition);
        return Assert.IsType<LiteralExpressionSyntax>(comparison.Right).Token;
    }

    [Theory]
    [InlineData("\"plain\"", "plain")]
    [InlineData("'single'", "single")]
    [InlineData("\"a \\\"quoted\\\" word\"", "a \"quoted\" word")]
    [InlineData("'it\\'s'", "it's")]
    [InlineData("\"back\\\\slash\"", "back\\slash")]
    [InlineData("\"line\\nbreak\\ttab\\rreturn\"", "line\nbreak\ttab\rreturn")]
    [InlineData("\"\\u00e9t\\u00E9\"", "été")]
    [InlineData("'say \"hi\"'", "say \"hi\"")]
    [InlineData("\"\"", "")]
    [InlineData("\"普京 Путин\"", "普京 Путин")]
    public void Strings_resolve_their_escapes(string literal, string value)
    {
        var token = OnlyOperand(literal);
        Assert.Equal(SyntaxKind.StringLiteralToken, token.Kind);
        Assert.Equal(value, token.Value);
        Assert.Equal(literal, token.Text);
    }

    [Fact]
    public void Numbers_are_decimals()
    {
        Assert.Equal(12m, OnlyOperand("12").Value);
        Assert.Equal(0.25m, OnlyOperand("0.25").Value);
        Assert.Equal(SyntaxKind.NumberLiteralToken, OnlyOperand("007").Kind);
    }

    [Fact]
    public void A_number_too_large_for_a_decimal_is_a_double_and_an_error()
    {
        var text = "statements where x = " + new string('9', 40);
        var tree = SyntaxTree.Parse(text);
        var token = Assert.IsType<LiteralExpressionSyntax>(((BinaryExpressionSyntax)tree.Root.Where!.Condition).Right).Token;
        Assert.IsType<double>(token.Value);
        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal("DQ0007", diagnostic.Id);
        Assert.Equal(token.Span, diagnostic.Location.Span);
    }

    [Fact]
    public void Dates_are_read_before_numbers()
    {
        var token = OnlyOperand("2022-09-15");
        Assert.Equal(SyntaxKind.DateLiteralToken, token.Kind);
        Assert.Equal(new DateOnly(2022, 9, 15), token.Value);
    }

    [Fact]
    public void Regexes_keep_pattern_and_flags()
    {
        var tree = SyntaxTree.Parse("statements where text matches/a\\/b[0-9]?/imsx");
        Assert.Empty(tree.Diagnostics);
        var token = Assert.IsType<LiteralExpressionSyntax>(((BinaryExpressionSyntax)tree.Root.Where!.Condition).Right).Token;
        Assert.Equal(SyntaxKind.RegexLiteralToken, token.Kind);
        Assert.Equal(new RegexLiteral("a\\/b[0-9]?", "imsx"), token.Value);
    }

    [Fact]
    public void A_regex_after_matches_may_follow_comments_and_line_breaks()
    {
        var tree = SyntaxTree.Parse("statements where text matches -- a pattern\n  /war/i");
        Assert.Empty(tree.Diagnostics);
        var token = Assert.IsType<LiteralExpressionSyntax>(((BinaryExpressionSyntax)tree.Root.Where!.Condition).Right).Token;
        Assert.Equal(new RegexLiteral("war", "i"), token.Value);
    }

    [Fact]
    public void True_false_and_parameters_carry_values()
    {
        Assert.Equal(true, OnlyOperand("TRUE").Value);
        Assert.Equal(false, OnlyOperand("false").Value);
        var tree = SyntaxTree.Parse("statements where x = $since_2");
        var parameter = Assert.IsType<ParameterExpressionSyntax>(((BinaryExpressionSyntax)tree.Root.Where!.Condition).Right);
        Assert.Equal("since_2", parameter.Name);
    }

    [Theory]
    [InlineData("=", SyntaxKind.EqualsToken)]
    [InlineData("!=", SyntaxKind.BangEqualsToken)]
    [InlineData("<", SyntaxKind.LessToken)]
    [InlineData("<=", SyntaxKind.LessEqualsToken)]
    [InlineData(">", SyntaxKind.GreaterToken)]
    [InlineData(">=", SyntaxKind.GreaterEqualsToken)]
    public void Comparison_operators_lex_greedily(string op, SyntaxKind kind)
    {
        var tree = SyntaxTree.Parse($"statements where a{op}b");
        Assert.Empty(tree.Diagnostics);
        Assert.Equal(kind, ((BinaryExpressionSyntax)tree.Root.Where!.Condition).OperatorToken.Kind);
    }

    [Fact]
    public void Identifiers_take_letters_of_any_script_digits_underscores_and_marks()
    {
        var tree = SyntaxTree.Parse("statements where spe_aker2 = Путин and 話者 = cafe\u0301");
        Assert.Empty(tree.Diagnostics);
        Assert.Equal(
            ["spe_aker2", "Путин", "話者", "cafe\u0301"],
            tree.Root.DescendantTokens().Where(t => t.Kind == SyntaxKind.IdentifierToken).Skip(1).Select(t => t.Text));
    }

    [Fact]
    public void Every_keyword_lexes_as_its_kind_in_any_case()
    {
        foreach (var kind in SyntaxFacts.KeywordKinds)
        {
            var text = SyntaxFacts.GetText(kind)!;
            Assert.Equal(kind, SyntaxFacts.GetKeywordKind(text.ToUpperInvariant()));
            var tree = SyntaxTree.Parse(text);
            Assert.Contains(tree.Root.DescendantTokens().Concat(tree.Root.EndOfFile.LeadingTrivia.Select(t => t.SkippedToken).OfType<SyntaxToken>()), t => t.Kind == kind);
        }
    }

    [Fact]
    public void Bad_characters_become_skipped_trivia_before_the_next_token()
    {
        var tree = SyntaxTree.Parse("statements @# where x = 1");
        var where = tree.Root.Where!.WhereKeyword;
        var skipped = where.LeadingTrivia.Single(t => t.Kind == SyntaxKind.SkippedTokensTrivia);
        Assert.Equal("@#", skipped.Text);
        Assert.Equal(SyntaxKind.BadToken, skipped.SkippedToken!.Kind);
        Assert.Equal("(= x 1)", Dicta.Query.Tests.Syntax.SyntaxShape.OfWhere(tree));
    }
}
