using Dicta.Query.Syntax;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dicta.Query.Tests.Parsing;

public sealed class ParserProperties
{
    private static readonly string[] Fragments =
    [
        "statements", "where", "speaker", "=", "!=", "<", "<=", ">", ">=", "and", "or", "not", "in", "between", "has",
        "contains", "startswith", "endswith", "matches", "/a+b/i", "/unterminated", "(", ")", ",", ".", "\"Putin\"",
        "'it\\'s'", "\"open", "12", "3.5", "99999999999999999999999999999999", "2022-09-15", "2022-13-45", "$p", "$",
        "order", "by", "asc", "desc", "limit", "select", "as", "group", "count", "true", "false", "-- note", "\n", "\r\n",
        " ", "\t", "@", "!", "-", "\u0000", "\u200B", "Путин", "习近平", "\uD83D\uDE00", "\uD800", "\\",
    ];

    /// <summary>Arbitrary strings, and soups of query fragments (which reach far more of the grammar).</summary>
    private static readonly Arbitrary<string> AnyText = Gen.OneOf(
            ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty),
            Gen.ListOf(Gen.Elements(Fragments)).Select(parts => string.Join(" ", parts)),
            Gen.ListOf(Gen.Elements(Fragments)).Select(string.Concat))
        .ToArbitrary();

    private static readonly string[] ValidQueries =
    [
        "statements where speaker = \"Putin\" and topic = \"Taiwan\"",
        "statements where (speaker.country = 'China' or not via = $outlet) and date between 2022-01-01 and 2022-12-31 order by date desc, line limit 20",
        "speakers where statements >= 3 select name as who, country group by country count",
        "statements where text matches /wa\\/r/i and kind not in ('direct', \"partial\") -- done\n",
        "articles where title has \"war\" or outlet startswith 'Reu' select title, date order by date asc",
    ];

    [Property(MaxTest = 1000)]
    public Property Any_text_parses_without_throwing_and_prints_back_exactly() =>
        Prop.ForAll(AnyText, text =>
        {
            var tree = SyntaxTree.Parse(text);
            return tree.ToFullString() == text
                && tree.Root.FullSpan == tree.Text.FullSpan
                && tree.Diagnostics.All(d => d.Location.Span.End <= text.Length && d.Location.Path == "query")
                && tree.Diagnostics.Select(d => d.Location.Span.Start).SequenceEqual(tree.Diagnostics.Select(d => d.Location.Span.Start).Order());
        });

    [Property(MaxTest = 500)]
    public Property Every_token_and_trivia_lies_in_order_inside_the_text() =>
        Prop.ForAll(AnyText, text =>
        {
            var tree = SyntaxTree.Parse(text);
            var position = 0;
            foreach (var token in tree.Root.DescendantTokens())
            {
                foreach (var trivia in token.LeadingTrivia)
                {
                    if (trivia.Span.Start != position)
                    {
                        return false;
                    }

                    position = trivia.Span.End;
                }

                if (token.Span.Start != position || (token.IsMissing && token.Span.Length != 0))
                {
                    return false;
                }

                position = token.Span.End;
                foreach (var trivia in token.TrailingTrivia)
                {
                    if (trivia.Span.Start != position)
                    {
                        return false;
                    }

                    position = trivia.Span.End;
                }
            }

            return position == text.Length;
        });

    [Property(MaxTest = 300)]
    public Property A_text_with_errors_has_a_diagnostic_and_a_tree_with_missing_or_skipped_tokens_has_an_error() =>
        Prop.ForAll(AnyText, text =>
        {
            var tree = SyntaxTree.Parse(text);
            var broken = tree.Root.DescendantTokens().Any(t => t.IsMissing || t.LeadingTrivia.Any(x => x.Kind == SyntaxKind.SkippedTokensTrivia));
            return !broken || tree.HasErrors;
        });

    [Fact]
    public void Every_prefix_of_a_valid_query_parses_and_prints_back()
    {
        foreach (var query in ValidQueries)
        {
            Assert.Empty(SyntaxTree.Parse(query).Diagnostics);
            for (var length = 0; length <= query.Length; length++)
            {
                var prefix = query[..length];
                var tree = SyntaxTree.Parse(prefix);
                Assert.Equal(prefix, tree.ToFullString());
                Assert.All(tree.Diagnostics, d => Assert.True(d.Location.Span.End <= prefix.Length));
            }
        }
    }
}
