using System.Collections.Concurrent;
using System.Collections.Immutable;
using Dicta.Query.Syntax;

namespace Dicta.Query.Tests.Syntax;

/// <summary>A token's trivia are kept as a slice of the tree's trivia and made into arrays only when asked for.</summary>
public sealed class SyntaxTokenTriviaTests
{
    private const string Query = "statements -- all\n  where  speaker = 'x' -- who\r\n  limit 3 ";

    [Fact]
    public void Trivia_arrays_are_made_once_per_token()
    {
        var tree = SyntaxTree.Parse(Query);
        foreach (var token in tree.Root.DescendantTokens())
        {
            // ImmutableArray's == compares the underlying arrays: the same array both times.
            Assert.True(token.LeadingTrivia == token.LeadingTrivia);
            Assert.True(token.TrailingTrivia == token.TrailingTrivia);
        }
    }

    [Fact]
    public void Threads_asking_at_once_get_the_same_arrays()
    {
        for (var round = 0; round < 20; round++)
        {
            var token = SyntaxTree.Parse(Query).Root.Where!.WhereKeyword;
            var seen = new ConcurrentBag<(ImmutableArray<SyntaxTrivia> Leading, ImmutableArray<SyntaxTrivia> Trailing)>();
            Parallel.For(0, 8, _ => seen.Add((token.LeadingTrivia, token.TrailingTrivia)));
            var first = seen.First();
            Assert.All(seen, pair => Assert.True(pair.Leading == first.Leading && pair.Trailing == first.Trailing));
        }
    }

    [Fact]
    public void Slices_hold_the_trivia_around_each_token()
    {
        var tree = SyntaxTree.Parse(Query);
        var where = tree.Root.Where!.WhereKeyword;
        Assert.Equal([SyntaxKind.WhitespaceTrivia], where.LeadingTrivia.Select(t => t.Kind));
        Assert.Equal([SyntaxKind.WhitespaceTrivia], where.TrailingTrivia.Select(t => t.Kind));
        Assert.Equal(
            [SyntaxKind.WhitespaceTrivia, SyntaxKind.LineCommentTrivia, SyntaxKind.EndOfLineTrivia],
            tree.Root.Source.TrailingTrivia.Select(t => t.Kind));
        Assert.Equal(tree.Root.Source.Span.End, tree.Root.Source.TrailingTrivia[0].Span.Start);
        Assert.Equal(tree.Root.Source.TrailingTrivia[^1].Span.End, tree.Root.Source.FullSpan.End);
        Assert.Equal(where.LeadingTrivia[0].Span.Start, where.FullSpan.Start);
        var three = tree.Root.DescendantTokens().Single(t => t.Kind == SyntaxKind.NumberLiteralToken);
        Assert.Equal(" ", three.TrailingTrivia.Single().Text);
        Assert.Empty(tree.Root.EndOfFile.LeadingTrivia);
        Assert.Empty(tree.Root.EndOfFile.TrailingTrivia);
        Assert.Equal(Query, tree.ToFullString());
    }

    [Fact]
    public void Equal_trivia_are_equal_values()
    {
        var tree = SyntaxTree.Parse(Query);
        var comment = tree.Root.Source.TrailingTrivia[1];
        Assert.Equal(new SyntaxTrivia(tree.Text, SyntaxKind.LineCommentTrivia, comment.Span), comment);
        Assert.NotEqual(new SyntaxTrivia(tree.Text, SyntaxKind.WhitespaceTrivia, comment.Span), comment);
        Assert.NotEqual(tree.Root.Source.TrailingTrivia[0], comment);
    }
}
