using System.Globalization;
using Dicta.Query.Parsing;
using Dicta.Query.Syntax;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Pidgin;

namespace Dicta.Query.Tests.Parsing;

/// <summary>
/// The lexer's shortcuts mean what they replace: the run combinator what <c>Token(p).SkipMany()</c> means, and the
/// date read digit by digit what <see cref="DateOnly.TryParseExact(string, string, IFormatProvider?, DateTimeStyles, out DateOnly)"/> reads.
/// </summary>
public sealed class LexerShortcutTests
{
    private static readonly Func<char, bool>[] Predicates = [char.IsLetter, char.IsWhiteSpace, char.IsAsciiDigit, c => c < 'm', c => c != '"'];

    private static readonly Gen<string> Texts =
        Gen.Elements("ab", "Z9", " \t", "\"", "mn", "é", "0", "-", "\n").ArrayOf().Select(pieces => string.Concat(pieces));

    /// <summary>How many characters a parser consumes from the start of <paramref name="text"/> (it must succeed).</summary>
    private static int Consumed(Parser<char, Unit> parser, string text) =>
        parser.Then(Parser<char>.CurrentOffset).ParseOrThrow(text);

    [Property]
    public Property SkipWhile_consumes_what_Token_SkipMany_consumes() =>
        Prop.ForAll(Texts.ToArbitrary(), Gen.Choose(0, Predicates.Length - 1).ToArbitrary(), (text, which) =>
        {
            var predicate = Predicates[which];
            return Consumed(new SkipWhileParser(predicate), text) == Consumed(Parser<char>.Token(predicate).SkipMany(), text);
        });

    [Fact]
    public void SkipWhile_never_fails_and_may_consume_nothing()
    {
        Assert.Equal(0, Consumed(new SkipWhileParser(char.IsAsciiDigit), "abc"));
        Assert.Equal(0, Consumed(new SkipWhileParser(char.IsAsciiDigit), string.Empty));
        Assert.Equal(3, Consumed(new SkipWhileParser(char.IsAsciiDigit), "123abc"));
    }

    private static readonly Gen<string> DateTexts =
        from year in Gen.OneOf(Gen.Choose(0, 9999), Gen.Elements(0, 1, 1900, 2000, 2023, 2024, 9999))
        from month in Gen.Choose(0, 19)
        from day in Gen.Choose(0, 39)
        select string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}");

    [Property]
    public Property A_date_token_has_the_value_TryParseExact_gives() =>
        Prop.ForAll(DateTexts.ToArbitrary(), text =>
        {
            var tree = SyntaxTree.Parse("statements where date = " + text);
            var token = Assert.IsType<LiteralExpressionSyntax>(Assert.IsType<BinaryExpressionSyntax>(tree.Root.Where!.Condition).Right).Token;
            var exists = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var expected);
            return token.Kind == SyntaxKind.DateLiteralToken
                && (exists ? token.Value is DateOnly date && date == expected : token.Value is null)
                && tree.Diagnostics.Any(d => d.Id == SyntaxDiagnostics.InvalidDate.Id) != exists;
        });

    [Theory]
    [InlineData("0000-01-01", null)]
    [InlineData("2024-02-29", "2024-02-29")]
    [InlineData("2023-02-29", null)]
    [InlineData("1900-02-29", null)]
    [InlineData("2000-02-29", "2000-02-29")]
    [InlineData("9999-12-31", "9999-12-31")]
    [InlineData("2022-13-01", null)]
    [InlineData("2022-04-31", null)]
    public void Dates_at_the_edges(string text, string? value)
    {
        var token = SyntaxTree.Parse("statements where date = " + text).Root.DescendantTokens().Single(t => t.Kind == SyntaxKind.DateLiteralToken);
        Assert.Equal(value is null ? null : DateOnly.Parse(value, CultureInfo.InvariantCulture), token.Value);
    }
}
