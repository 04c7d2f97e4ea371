using System.Collections.Concurrent;
using Dicta.Extraction.Attribution;
using Dicta.Extraction.Loading;

namespace Dicta.Extraction.Tests.Attribution;

public class TokenTextPoolTests
{
    [Fact]
    public void A_text_is_one_string_however_often_it_comes()
    {
        var pool = new TokenTextPool(capacity: 4);
        var first = pool.Get("Putin said".AsSpan(0, 5));
        var second = pool.Get("said Putin".AsSpan(5));

        Assert.Equal("Putin", first);
        Assert.Same(first, second);
        Assert.Same(pool.Get(","), new TokenTextPool(capacity: 4).Get(","));
    }

    [Fact]
    public void Many_texts_keep_their_strings_as_the_pool_grows()
    {
        var pool = new TokenTextPool(capacity: 4);
        var texts = Enumerable.Range(0, 5000).Select(i => pool.Get($"w{i}")).ToArray();
        var emptied = pool.Get(string.Empty);

        Assert.Equal(5001, pool.Count);
        Assert.All(Enumerable.Range(0, 5000), i => Assert.Same(texts[i], pool.Get($"w{i}")));
        Assert.Equal(Enumerable.Range(0, 5000).Select(i => $"w{i}"), texts);
        Assert.Same(emptied, pool.Get(string.Empty));
        Assert.Equal(5001, pool.Count);
    }

    [Fact]
    public void A_returned_pool_serves_the_next_article_and_starts_afresh_only_past_its_limit()
    {
        var pools = new ConcurrentBag<TokenTextPool>();
        var pool = TokenTextPool.Rent(pools);
        var said = pool.Get("said");
        TokenTextPool.Return(pools, pool);

        var again = TokenTextPool.Rent(pools);
        Assert.Same(pool, again);
        Assert.Same(said, again.Get("said"));

        for (var i = 0; again.Count <= TokenTextPool.MaxTexts; i++)
        {
            again.Get($"word{i}");
        }

        TokenTextPool.Return(pools, again);
        Assert.Equal(0, TokenTextPool.Rent(pools).Count);
    }

    [Fact]
    public void Articles_extracted_after_others_read_the_same_as_alone()
    {
        const string Text = "“We will not back down,” Zelensky told reporters. He said talks would go on.";
        var alone = new ArticleExtractor(LoadOptions.Default).Extract(ArticleInput.FromText("a.txt", Text)).Article!;
        var extractor = new ArticleExtractor(LoadOptions.Default);
        extractor.Extract(ArticleInput.FromText("before.txt", "“Talks are over,” Putin said on Tuesday."));
        var after = extractor.Extract(ArticleInput.FromText("a.txt", Text)).Article!;

        Assert.Equal(
            alone.Statements.Select(s => (s.ContentSpan, s.Speaker.Name, s.Kind)),
            after.Statements.Select(s => (s.ContentSpan, s.Speaker.Name, s.Kind)));
        Assert.NotEmpty(after.Statements);
    }
}
