using Dicta.Model.Diagnostics;
using Dicta.Model.Text;

namespace Dicta.Model.Tests.Statements;

public class StatementTests
{
    // Offsets:            0         1         2         3         4         5
    //                     0123456789012345678901234567890123456789012345678901234
    private const string Text = "Intro line.\n“We agree on Taiwan,” Putin said, “fully.”";

    private static readonly Statement Loose = new()
    {
        Kind = StatementKind.Direct,
        ContentSpan = TextSpan.FromBounds(12, 54),
        QuoteSpans = [TextSpan.FromBounds(47, 53), TextSpan.FromBounds(13, 32)],
        CueSpan = TextSpan.FromBounds(40, 44),
        MentionSpan = TextSpan.FromBounds(34, 39),
        Speaker = Samples.Putin,
        Topics = [Samples.Ukraine, Samples.Taiwan, new Topic("taiwan", "Taiwan Strait")],
    };

    [Fact]
    public void A_statement_added_to_an_article_belongs_to_it_and_reads_its_text()
    {
        var article = Samples.Article("a", Text, [Loose]);

        var statement = Assert.Single(article.Statements);

        Assert.True(statement.IsInArticle);
        Assert.Same(article, statement.Article);
        Assert.Same(article.Text, statement.Source);
        Assert.Equal("“We agree on Taiwan,” Putin said, “fully.”", statement.Content.ToString());
        Assert.Equal(["We agree on Taiwan,", "fully."], statement.Quotes.Select(q => q.ToString()));
        Assert.Equal("said", statement.Cue.ToString());
        Assert.Equal("Putin", statement.Mention.ToString());
        Assert.Equal(2, statement.Line);
        Assert.Equal(Location.In(article.Text, Loose.ContentSpan), statement.Location);
        Assert.Equal("a.txt(2,1)", statement.Location.ToString());
    }

    [Fact]
    public void Adding_copies_the_statement_and_leaves_the_given_one_loose()
    {
        _ = Samples.Article("a", Text, [Loose]);

        Assert.False(Loose.IsInArticle);
        Assert.Throws<InvalidOperationException>(() => Loose.Article);
        Assert.Throws<InvalidOperationException>(() => Loose.Source);
        Assert.Throws<InvalidOperationException>(() => Loose.Content);
        Assert.Throws<InvalidOperationException>(() => Loose.Line);
    }

    [Fact]
    public void Cue_and_mention_are_empty_when_absent()
    {
        var statement = Assert.Single(Samples.Article("a", Text, [Loose with { CueSpan = null, MentionSpan = null }]).Statements);

        Assert.True(statement.Cue.IsEmpty);
        Assert.True(statement.Mention.IsEmpty);
    }

    [Theory]
    [InlineData("content")]
    [InlineData("quote")]
    [InlineData("cue")]
    [InlineData("mention")]
    public void A_span_outside_the_text_is_rejected(string part)
    {
        var outside = new TextSpan(50, 10);
        var statement = part switch
        {
            "content" => Loose with { ContentSpan = outside },
            "quote" => Loose with { QuoteSpans = [outside] },
            "cue" => Loose with { CueSpan = outside },
            _ => Loose with { MentionSpan = outside },
        };

        Assert.Throws<ArgumentException>(() => Samples.Article("a", Text, [statement]));
    }

    [Fact]
    public void A_span_that_ends_at_the_end_of_the_text_is_accepted()
    {
        var statement = Assert.Single(Samples.Article("a", Text, [Loose with { ContentSpan = new TextSpan(Text.Length, 0) }]).Statements);

        Assert.True(statement.Content.IsEmpty);
    }

    [Fact]
    public void Quote_spans_are_ordered_and_topics_distinct_by_slug_in_slug_order()
    {
        Assert.Equal<TextSpan>([TextSpan.FromBounds(13, 32), TextSpan.FromBounds(47, 53)], Loose.QuoteSpans);
        Assert.Equal(["taiwan", "ukraine"], Loose.Topics.Select(t => t.Slug));
        Assert.Empty(new Statement { Kind = StatementKind.Indirect, ContentSpan = default, Speaker = Samples.Xi, QuoteSpans = default, Topics = default, Alternatives = default }.QuoteSpans);
    }

    [Fact]
    public void Statements_are_equal_only_within_the_same_article()
    {
        var first = Samples.Article("a", Text, [Loose]);
        var second = Samples.Article("b", Text, [Loose]);

        Assert.Equal(Loose, Loose with { });
        Assert.Equal(first.Statements[0], first.WithMetadata(ArticleMetadata.Empty).Statements[0] with { Owner = first });
        Assert.NotEqual(first.Statements[0], second.Statements[0]);
        Assert.NotEqual(Loose, first.Statements[0]);
        Assert.NotEqual(Loose, Loose with { Speaker = Samples.Xi });
        Assert.NotEqual(Loose, Loose with { Topics = [Samples.Taiwan] });
        Assert.Equal(Loose.GetHashCode(), (Loose with { }).GetHashCode());
    }

    [Fact]
    public void ToString_names_kind_speaker_span_and_article()
    {
        var statement = Samples.Article("a", Text, [Loose]).Statements[0];

        Assert.Equal("Statement { Kind = Direct, Speaker = Vladimir Putin, ContentSpan = [12..54), Article = a }", statement.ToString());
    }
}
