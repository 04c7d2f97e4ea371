using System.Collections.Immutable;
using Dicta.Query.Syntax;

namespace Dicta.Query.Testing.Generation;

/// <summary>
/// A generated expression: its tokens, the shape the parser must give it (an S-expression: <c>(and (= speaker "x") {…})</c>,
/// parentheses of the query as <c>{…}</c>), and its precedence. The combinators add exactly the parentheses that the
/// grammar's precedence and left associativity need, so the tokens always parse back to <see cref="Shape"/>.
/// </summary>
/// <param name="Tokens">The tokens, in order.</param>
/// <param name="Shape">The expected shape.</param>
/// <param name="Precedence">How tightly it binds: <see cref="OrLevel"/> to <see cref="PrimaryLevel"/>.</param>
internal sealed record Fragment(ImmutableArray<QueryToken> Tokens, string Shape, int Precedence)
{
    /// <summary><c>a or b</c>.</summary>
    public const int OrLevel = 1;

    /// <summary><c>a and b</c>.</summary>
    public const int AndLevel = 2;

    /// <summary><c>not a</c>.</summary>
    public const int NotLevel = 3;

    /// <summary>A comparison, <c>in</c>, <c>between</c>, a string test or <c>matches</c>.</summary>
    public const int PredicateLevel = 4;

    /// <summary>A name, a path, a literal, a parameter or a parenthesized expression.</summary>
    public const int PrimaryLevel = 5;

    /// <summary>A primary made of one token: a literal, a parameter, a name.</summary>
    public static Fragment Token(SyntaxKind kind, string text) =>
        new([new QueryToken(kind, text)], SyntaxFacts.GetText(kind) ?? text, PrimaryLevel);

    /// <summary>A field path <c>a.b</c> with the names as written.</summary>
    public static Fragment Path(IReadOnlyList<string> names)
    {
        var tokens = ImmutableArray.CreateBuilder<QueryToken>();
        for (var i = 0; i < names.Count; i++)
        {
            if (i > 0)
            {
                tokens.Add(QueryToken.Fixed(SyntaxKind.DotToken));
            }

            tokens.Add(new QueryToken(SyntaxKind.IdentifierToken, names[i]));
        }

        return new Fragment(tokens.ToImmutable(), string.Join('.', names), PrimaryLevel);
    }

    /// <summary><c>( this )</c>.</summary>
    public Fragment Parenthesized() =>
        new([QueryToken.Fixed(SyntaxKind.OpenParenToken), .. Tokens, QueryToken.Fixed(SyntaxKind.CloseParenToken)], $"{{{Shape}}}", PrimaryLevel);

    /// <summary>This fragment, parenthesized when it binds more loosely than <paramref name="precedence"/>.</summary>
    public Fragment AtLeast(int precedence) => Precedence >= precedence ? this : Parenthesized();

    /// <summary><c>left op right</c> for <c>and</c>, <c>or</c>, the comparisons, the string tests and <c>matches</c>.</summary>
    public static Fragment Binary(SyntaxKind op, Fragment left, Fragment right)
    {
        var (level, l, r) = op switch
        {
            SyntaxKind.OrKeyword => (OrLevel, left.AtLeast(OrLevel), right.AtLeast(AndLevel)),
            SyntaxKind.AndKeyword => (AndLevel, left.AtLeast(AndLevel), right.AtLeast(NotLevel)),
            _ => (PredicateLevel, left.AtLeast(PrimaryLevel), right.AtLeast(PrimaryLevel)),
        };
        return new Fragment([.. l.Tokens, QueryToken.Fixed(op), .. r.Tokens], $"({SyntaxFacts.GetText(op)} {l.Shape} {r.Shape})", level);
    }

    /// <summary><c>not operand</c>.</summary>
    public static Fragment Not(Fragment operand)
    {
        var o = operand.AtLeast(NotLevel);
        return new Fragment([QueryToken.Fixed(SyntaxKind.NotKeyword), .. o.Tokens], $"(not {o.Shape})", NotLevel);
    }

    /// <summary><c>left [not] in (values)</c>.</summary>
    public static Fragment In(Fragment left, bool negated, IReadOnlyList<Fragment> values)
    {
        var l = left.AtLeast(PrimaryLevel);
        var items = values.Select(v => v.AtLeast(PrimaryLevel)).ToList();
        var tokens = ImmutableArray.CreateBuilder<QueryToken>();
        tokens.AddRange(l.Tokens);
        if (negated)
        {
            tokens.Add(QueryToken.Fixed(SyntaxKind.NotKeyword));
        }

        tokens.Add(QueryToken.Fixed(SyntaxKind.InKeyword));
        tokens.Add(QueryToken.Fixed(SyntaxKind.OpenParenToken));
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                tokens.Add(QueryToken.Fixed(SyntaxKind.CommaToken));
            }

            tokens.AddRange(items[i].Tokens);
        }

        tokens.Add(QueryToken.Fixed(SyntaxKind.CloseParenToken));
        var shape = $"({(negated ? "not-in" : "in")} {l.Shape} {string.Join(' ', items.Select(v => v.Shape))})";
        return new Fragment(tokens.ToImmutable(), shape, PredicateLevel);
    }

    /// <summary><c>left [not] between lower and upper</c>.</summary>
    public static Fragment Between(Fragment left, bool negated, Fragment lower, Fragment upper)
    {
        var (l, lo, hi) = (left.AtLeast(PrimaryLevel), lower.AtLeast(PrimaryLevel), upper.AtLeast(PrimaryLevel));
        ImmutableArray<QueryToken> tokens =
        [
            .. l.Tokens,
            .. negated ? [QueryToken.Fixed(SyntaxKind.NotKeyword)] : ImmutableArray<QueryToken>.Empty,
            QueryToken.Fixed(SyntaxKind.BetweenKeyword),
            .. lo.Tokens,
            QueryToken.Fixed(SyntaxKind.AndKeyword),
            .. hi.Tokens,
        ];
        return new Fragment(tokens, $"({(negated ? "not-between" : "between")} {l.Shape} {lo.Shape} {hi.Shape})", PredicateLevel);
    }
}
