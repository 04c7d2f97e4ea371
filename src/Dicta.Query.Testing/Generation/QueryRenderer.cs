using System.Collections.Immutable;
using System.Text;
using Dicta.Query.Syntax;
using FsCheck;
using FsCheck.Fluent;

namespace Dicta.Query.Testing.Generation;

/// <summary>
/// Writes generated tokens as query text with random trivia between them (spaces, tabs, every kind of line break,
/// comments) and keywords in a random case. Two tokens touch only where one of them is punctuation, so the text
/// always lexes back to the same tokens.
/// </summary>
internal static class QueryRenderer
{
    private static readonly string[] Gaps =
    [
        " ", " ", " ", " ", " ", " ", " ", " ", " ", " ", "  ", "\t", "\n", "\r\n", " -- a comment\n", "--\u2014 ‘note’ $x /re/\r\n", "\u00A0", "\u2028", "\u3000", " \r ", "\n\n  ",
    ];

    private static readonly string[] Leads = [string.Empty, string.Empty, " ", "\n", "-- first\n", "\r\n\t"];

    private static readonly string[] Trails = [string.Empty, string.Empty, " ", "\n", " -- the end", "\r\n-- last\n"];

    /// <summary>The tokens as text.</summary>
    public static Gen<string> Render(ImmutableArray<QueryToken> tokens) =>
        from gaps in Gen.ArrayOf(Gen.Choose(-1, Gaps.Length - 1), Math.Max(tokens.Length - 1, 0))
        from cases in Gen.ArrayOf(Gen.Choose(0, 4), tokens.Length)
        from lead in Gen.Elements(Leads)
        from trail in Gen.Elements(Trails)
        select Write(tokens, gaps, cases, lead, trail);

    /// <summary><paramref name="keyword"/> in one of the cases the lexer accepts: lower, upper, title or mixed.</summary>
    public static string Case(string keyword, int style) => style switch
    {
        1 => keyword.ToUpperInvariant(),
        2 => char.ToUpperInvariant(keyword[0]) + keyword[1..],
        3 => string.Concat(keyword.Select((c, i) => i % 2 == 0 ? char.ToUpperInvariant(c) : c)),
        _ => keyword,
    };

    private static string Write(ImmutableArray<QueryToken> tokens, int[] gaps, int[] cases, string lead, string trail)
    {
        var builder = new StringBuilder(lead);
        for (var i = 0; i < tokens.Length; i++)
        {
            if (i > 0)
            {
                var touching = gaps[i - 1] < 0
                    && (SyntaxFacts.IsPunctuation(tokens[i - 1].Kind) || SyntaxFacts.IsPunctuation(tokens[i].Kind));
                builder.Append(touching ? string.Empty : Gaps[Math.Max(gaps[i - 1], 0)]);
            }

            var token = tokens[i];
            builder.Append(SyntaxFacts.IsKeyword(token.Kind) ? Case(token.Text, cases[i]) : token.Text);
        }

        return builder.Append(trail).ToString();
    }
}
