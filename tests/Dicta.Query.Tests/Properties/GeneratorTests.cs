using System.Collections.Immutable;
using Dicta.Model;
using Dicta.Query.Binding;
using Dicta.Query.Execution;
using Dicta.Query.Schema;
using Dicta.Query.Syntax;
using Dicta.Query.Testing;
using FsCheck;
using FsCheck.Fluent;

namespace Dicta.Query.Tests.Properties;

/// <summary>
/// The generators are worth what they reach: these tests fail when a clause, operator, literal or result shape stops
/// being generated, when corpora stop matching, or when shrinking stops making things smaller. Samples are drawn from a
/// fixed seed, so the tests are deterministic.
/// </summary>
public sealed class GeneratorTests
{
    private const int Samples = 200;

    private static readonly SyntaxKind[] EveryNodeKind =
    [
        SyntaxKind.WhereClause, SyntaxKind.GroupByClause, SyntaxKind.OrderByClause, SyntaxKind.Ordering, SyntaxKind.LimitClause,
        SyntaxKind.SelectClause, SyntaxKind.SelectItem, SyntaxKind.CountClause, SyntaxKind.BinaryExpression, SyntaxKind.UnaryExpression,
        SyntaxKind.ParenthesizedExpression, SyntaxKind.InExpression, SyntaxKind.BetweenExpression, SyntaxKind.NameExpression,
        SyntaxKind.MemberAccessExpression, SyntaxKind.LiteralExpression, SyntaxKind.ParameterExpression,
    ];

    private static readonly SyntaxKind[] EveryOperatorAndLiteral =
    [
        SyntaxKind.EqualsToken, SyntaxKind.BangEqualsToken, SyntaxKind.LessToken, SyntaxKind.LessEqualsToken, SyntaxKind.GreaterToken,
        SyntaxKind.GreaterEqualsToken, SyntaxKind.AndKeyword, SyntaxKind.OrKeyword, SyntaxKind.NotKeyword, SyntaxKind.InKeyword,
        SyntaxKind.BetweenKeyword, SyntaxKind.HasKeyword, SyntaxKind.ContainsKeyword, SyntaxKind.StartsWithKeyword, SyntaxKind.EndsWithKeyword,
        SyntaxKind.MatchesKeyword, SyntaxKind.AscKeyword, SyntaxKind.DescKeyword, SyntaxKind.AsKeyword, SyntaxKind.StringLiteralToken,
        SyntaxKind.NumberLiteralToken, SyntaxKind.DateLiteralToken, SyntaxKind.RegexLiteralToken, SyntaxKind.TrueKeyword,
        SyntaxKind.FalseKeyword, SyntaxKind.ParameterToken,
    ];

    [Fact]
    public void Over_200_typed_queries_every_source_clause_kind_operator_and_literal_appears()
    {
        var trees = Sample(QueryGenerators.Queries(Generated.Options).Generator);

        AssertVaried(trees);
        Assert.Equal(
            QuerySchema.Default.Sources.Select(s => s.Name).Order(StringComparer.Ordinal),
            trees.Select(t => t.Root.Source.Text.ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Over_200_well_formed_queries_every_clause_kind_operator_and_literal_appears_and_some_are_ill_typed_in_each_way()
    {
        var trees = Sample(QueryGenerators.WellFormedQueries(Generated.Options).Generator);
        var errors = trees.SelectMany(t => Binder.Bind(t, Generated.Parameters).Diagnostics).Where(d => d.IsError).Select(d => d.Id).ToHashSet();

        AssertVaried(trees);
        Assert.All(trees, t => Assert.Empty(t.Diagnostics));
        Assert.Superset(new HashSet<string> { "DQ0100", "DQ0101", "DQ0102", "DQ0103", "DQ0104", "DQ0105", "DQ0108", "DQ0109", "DQ0114" }, errors);
    }

    [Fact]
    public void Typed_queries_on_random_corpora_answer_in_every_shape_and_their_conditions_match_some_rows_and_miss_others()
    {
        var pairs = Sample(QueryGenerators.Queries(Generated.Options).Generator.Zip(CorpusGenerators.Corpora().Generator));
        var results = pairs.Select(p => (Tree: p.Item1, Result: QueryInterpreter.Execute(Binder.Bind(p.Item1, Generated.Parameters, p.Item2), p.Item2))).ToList();
        var filtered = results.Where(r => r.Tree.Root.Where is not null && r.Result.Kind == QueryResultKind.Items).ToList();

        Assert.Equal(
            new[] { QueryResultKind.Items, QueryResultKind.Rows, QueryResultKind.Groups, QueryResultKind.Count },
            results.Select(r => r.Result.Kind).Distinct().Order());
        Assert.InRange(filtered.Count(r => r.Result.Items.Length > 0), filtered.Count / 5, filtered.Count);
        Assert.InRange(filtered.Count(r => r.Result.Items.IsEmpty), filtered.Count / 5, filtered.Count);
    }

    [Fact]
    public void Garbage_text_is_mostly_broken_reaches_odd_characters_and_includes_near_misses_that_still_parse()
    {
        var texts = Sample(QueryGenerators.QueryText(Generated.Options).Generator);
        var broken = texts.Count(t => SyntaxTree.Parse(t).HasErrors);

        Assert.InRange(broken, Samples / 2, Samples - 1);
        Assert.Contains(texts, t => t.Any(char.IsSurrogate));
        Assert.Contains(texts, t => t.Any(char.IsControl));
        Assert.Contains(texts, t => t.Length > 40 && SyntaxTree.Parse(t).Diagnostics.Length is > 0 and < 3);
    }

    [Fact]
    public void Shrinking_a_tree_yields_smaller_trees_without_syntax_errors_down_to_the_bare_source()
    {
        var trees = Sample(QueryGenerators.WellFormedQueries(Generated.Options).Generator).Where(t => Tokens(t) >= 8).Take(50).ToList();
        Assert.NotEmpty(trees);
        foreach (var tree in trees)
        {
            var smaller = QueryShrinker.Shrink(tree).ToList();
            Assert.NotEmpty(smaller);
            Assert.All(smaller, s =>
            {
                Assert.False(s.HasErrors, s.ToString());
                Assert.True(Tokens(s) < Tokens(tree) || (Tokens(s) == Tokens(tree) && s.Text.Length < tree.Text.Length), $"{s}\nis not smaller than\n{tree}");
            });
        }

        var minimal = trees[0];
        while (QueryShrinker.Shrink(minimal).FirstOrDefault() is { } next)
        {
            minimal = next;
        }

        Assert.Equal(1, Tokens(minimal));
        Assert.Equal(SyntaxPrinter.Print(minimal.Root), minimal.Text.ToString());
    }

    [Fact]
    public void A_typed_query_shrinks_only_to_queries_that_still_bind()
    {
        var arbitrary = QueryGenerators.Queries(Generated.Options);
        var tree = SyntaxTree.Parse("statements where (speaker = 'Putin' or not line between 2 and 5) and text has $word order by date desc limit 3");

        var smaller = arbitrary.Shrinker(tree).ToList();

        Assert.Contains(smaller, s => SyntaxPrinter.Print(s.Root) == "statements where (speaker = 'Putin' or not line between 2 and 5) and text has $word order by date desc");
        Assert.Contains(smaller, s => SyntaxPrinter.Print(s.Root) == "statements where (speaker = 'Putin' or not line between 2 and 5) order by date desc limit 3");
        Assert.All(smaller, s => Assert.False(Binder.Bind(s, Generated.Parameters).HasErrors, s.ToString()));
        Assert.Contains(QueryShrinker.Shrink(tree), s => Binder.Bind(s, Generated.Parameters).HasErrors);
    }

    [Fact]
    public void Corpora_vary_in_size_speakers_topics_and_dates_and_shrink_to_fewer_articles_or_statements()
    {
        var corpora = Sample(CorpusGenerators.Corpora().Generator);

        Assert.Contains(corpora, c => c.ArticleCount == 0);
        Assert.Contains(corpora, c => c.ArticleCount >= 3 && c.Statements.Length >= 6);
        Assert.Contains(corpora, c => c.Statements.Any(s => s.Speaker.Kind == SpeakerKind.Group));
        Assert.Contains(corpora, c => c.Statements.Any(s => s.Topics.Length >= 2));
        Assert.Contains(corpora, c => c.Articles.Any(a => a.Metadata.Published is null) && c.Articles.Any(a => a.Metadata.Published is not null));
        foreach (var corpus in corpora.Where(c => c.Statements.Length > 0))
        {
            var smaller = CorpusGenerators.Shrink(corpus).ToList();
            Assert.NotEmpty(smaller);
            Assert.All(smaller, s => Assert.True(s.ArticleCount < corpus.ArticleCount || s.Statements.Length < corpus.Statements.Length));
        }
    }

    [Fact]
    public void Options_built_for_a_corpus_ask_about_its_own_speakers_and_topics()
    {
        var corpus = Sample(CorpusGenerators.Corpora().Generator).First(c => c.Statements.Length > 3);
        var options = QueryGenerationOptions.For(corpus).WithValues("topic", "nuclear") with { Sources = ["statements"] };
        var texts = Sample(QueryGenerators.Queries(options).Generator).Select(t => t.ToString()).ToList();

        Assert.Contains(texts, t => t.Contains("nuclear", StringComparison.Ordinal));
        Assert.Contains(texts, t => corpus.Speakers.Any(s => t.Contains(s.Name, StringComparison.Ordinal)));
    }

    private static void AssertVaried(ImmutableArray<SyntaxTree> trees)
    {
        var kinds = trees.SelectMany(t => t.Root.DescendantNodesAndTokensAndSelf()).Select(n => n.Kind).ToHashSet();
        Assert.Equal(Samples, trees.Length);
        Assert.Empty(EveryNodeKind.Except(kinds));
        Assert.Empty(EveryOperatorAndLiteral.Except(kinds));
        Assert.Contains(trees, t => t.Root.DescendantNodesAndSelf().OfType<InExpressionSyntax>().Any(i => i.NotKeyword is not null));
        Assert.Contains(trees, t => t.Root.DescendantNodesAndSelf().OfType<BetweenExpressionSyntax>().Any(b => b.NotKeyword is not null));
        Assert.Contains(trees, t => t.Root.DescendantNodesAndSelf().OfType<OrderingSyntax>().Any(o => o.Expression.GetFirstToken().Kind == SyntaxKind.CountKeyword));
        Assert.Contains(trees, t => t.Root.DescendantTokens().Any(k => k.LeadingTrivia.Concat(k.TrailingTrivia).Any(x => x.Kind == SyntaxKind.LineCommentTrivia)));
        Assert.Contains(trees, t => t.Root.DescendantTokens().Any(k => SyntaxFacts.IsKeyword(k.Kind) && !string.Equals(k.Text, SyntaxFacts.GetText(k.Kind), StringComparison.Ordinal)));
    }

    private static int Tokens(SyntaxTree tree) => tree.Root.DescendantTokens().Count(t => t.Kind != SyntaxKind.EndOfFileToken);

    private static ImmutableArray<T> Sample<T>(Gen<T> gen) => [.. gen.Sample(Samples, new Rnd(20240601UL), 60)];
}
