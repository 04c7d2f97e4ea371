using Dicta.Model.Diagnostics;
using Dicta.Model.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dicta.Model.Tests.Articles;

public class ArticleTests
{
    private const string TwoParagraphs = "Title\n\nFirst one. Second one.\n\nThird.";

    [Property(MaxTest = 300)]
    public Property Blocks_tile_the_text_byte_for_byte() =>
        Prop.ForAll(ModelGenerators.Layout.ToArbitrary(), layout =>
        {
            var source = SourceText.From(layout.Text);

            var article = new Article("a", source, ArticleMetadata.Empty, layout.Blocks);

            Assert.Equal<Block>(layout.Blocks, article.Blocks);
            Assert.Equal(layout.Text, string.Concat(article.Blocks.Select(b => source.ToString(b.Span))));
            Assert.Equal(layout.Parts.Select(p => p.Kind), article.Blocks.Select(b => b.Kind));
        });

    [Property(MaxTest = 300)]
    public Property A_layout_with_a_gap_overlap_empty_block_or_wrong_end_is_rejected() =>
        Prop.ForAll(ModelGenerators.BrokenLayout.ToArbitrary(), broken =>
        {
            var source = SourceText.From(broken.Text);
            Assert.Throws<ArgumentException>(() => new Article("a", source, ArticleMetadata.Empty, broken.Blocks));
        });

    [Property(MaxTest = 200)]
    public Property GetBlockAt_finds_the_one_block_holding_each_offset() =>
        Prop.ForAll(ModelGenerators.Layout.ToArbitrary(), layout =>
        {
            var article = new Article("a", SourceText.From(layout.Text), ArticleMetadata.Empty, layout.Blocks);
            for (var offset = 0; offset < layout.Text.Length; offset++)
            {
                Assert.Equal(Assert.Single(article.Blocks, b => b.Span.Contains(offset)), article.GetBlockAt(offset));
            }

            Assert.Null(article.GetBlockAt(layout.Text.Length));
            Assert.Null(article.GetBlockAt(-1));
        });

    [Fact]
    public void Empty_text_takes_no_blocks()
    {
        var article = new Article("a", SourceText.Empty, ArticleMetadata.Empty, []);

        Assert.Empty(article.Blocks);
        Assert.Null(article.GetBlockAt(0));
        Assert.Throws<ArgumentException>(() => new Article("a", SourceText.Empty, ArticleMetadata.Empty, [new Block(BlockKind.Blank, new TextSpan(0, 0))]));
    }

    [Fact]
    public void Construction_rejects_missing_parts()
    {
        var source = SourceText.From("x");
        Block[] blocks = [new Block(BlockKind.Paragraph, new TextSpan(0, 1))];

        Assert.ThrowsAny<ArgumentException>(() => new Article(string.Empty, source, ArticleMetadata.Empty, blocks));
        Assert.Throws<ArgumentNullException>(() => new Article("a", null!, ArticleMetadata.Empty, blocks));
        Assert.Throws<ArgumentNullException>(() => new Article("a", source, null!, blocks));
        Assert.Throws<ArgumentNullException>(() => new Article("a", source, ArticleMetadata.Empty, null!));
    }

    [Fact]
    public void GetSentenceAt_finds_the_sentence_or_null_between_sentences()
    {
        var article = TwoParagraphArticle();

        Assert.Equal(new Sentence(TextSpan.FromBounds(7, 17)), article.GetSentenceAt(7));
        Assert.Equal(new Sentence(TextSpan.FromBounds(7, 17)), article.GetSentenceAt(16));
        Assert.Null(article.GetSentenceAt(17));
        Assert.Equal(new Sentence(TextSpan.FromBounds(18, 29)), article.GetSentenceAt(18));
        Assert.Null(article.GetSentenceAt(30));
        Assert.Equal(new Sentence(TextSpan.FromBounds(31, 37)), article.GetSentenceAt(36));
        Assert.Null(article.GetSentenceAt(37));
        Assert.Null(article.GetSentenceAt(0));
    }

    [Fact]
    public void GetBlockAt_finds_blocks_by_offset()
    {
        var article = TwoParagraphArticle();

        Assert.Equal(BlockKind.Title, article.GetBlockAt(0)?.Kind);
        Assert.Equal(BlockKind.Title, article.GetBlockAt(5)?.Kind);
        Assert.Equal(BlockKind.Blank, article.GetBlockAt(6)?.Kind);
        Assert.Equal(TextSpan.FromBounds(7, 30), article.GetBlockAt(29)?.Span);
        Assert.Equal(TextSpan.FromBounds(31, 37), article.GetBlockAt(36)?.Span);
    }

    [Theory]
    [InlineData(5, 12)]
    [InlineData(30, 40)]
    public void Sentences_that_overlap_or_lie_outside_the_text_are_rejected(int start, int end)
    {
        var article = TwoParagraphArticle();
        Sentence[] sentences = [new(TextSpan.FromBounds(7, 17)), new(TextSpan.FromBounds(start, end))];

        Assert.Throws<ArgumentException>(() => article.WithSentences(sentences));
    }

    [Fact]
    public void With_methods_return_new_articles_and_leave_the_old_unchanged()
    {
        var original = TwoParagraphArticle([Samples.Statement(Samples.Putin, TextSpan.FromBounds(7, 17))]);
        var metadata = new ArticleMetadata(Title: "Title", Outlet: "Sputnik International");
        var diagnostic = new Diagnostic("DX0001", DiagnosticSeverity.Warning, "m", Location.In(original.Text, new TextSpan(0, 5)));
        Block[] oneBlock = [new Block(BlockKind.Paragraph, original.Text.FullSpan)];
        var snapshot = (original.Metadata, original.Blocks, original.Sentences, original.Statements, original.Diagnostics);

        var withMetadata = original.WithMetadata(metadata);
        var withBlocks = original.WithBlocks(oneBlock);
        var withSentences = original.WithSentences([]);
        var withStatements = original.WithStatements([]);
        var withDiagnostics = original.WithDiagnostics([diagnostic]);
        var added = withDiagnostics.AddDiagnostics([diagnostic with { Message = "n" }]);

        Assert.Equal(metadata, withMetadata.Metadata);
        Assert.Equal<Block>(oneBlock, withBlocks.Blocks);
        Assert.Empty(withSentences.Sentences);
        Assert.Empty(withStatements.Statements);
        Assert.Equal<Diagnostic>([diagnostic], withDiagnostics.Diagnostics);
        Assert.Equal(["m", "n"], added.Diagnostics.Select(d => d.Message));
        foreach (var copy in new[] { withMetadata, withBlocks, withSentences, withStatements, withDiagnostics, added })
        {
            Assert.NotSame(original, copy);
            Assert.Equal(original.Id, copy.Id);
            Assert.Same(original.Text, copy.Text);
            Assert.All(copy.Statements, s => Assert.Same(copy, s.Article));
        }

        Assert.Equal(snapshot, (original.Metadata, original.Blocks, original.Sentences, original.Statements, original.Diagnostics));
        Assert.Same(original, Assert.Single(original.Statements).Article);
        Assert.Equal<Sentence>(original.Sentences, withMetadata.Sentences);
        Assert.Equal<Block>(original.Blocks, withMetadata.Blocks);
    }

    [Fact]
    public void With_methods_check_what_they_are_given()
    {
        var article = TwoParagraphArticle();

        Assert.Throws<ArgumentException>(() => article.WithBlocks([new Block(BlockKind.Paragraph, new TextSpan(0, 5))]));
        Assert.Throws<ArgumentException>(() => article.WithStatements([Samples.Statement(Samples.Putin, new TextSpan(30, 20))]));
    }

    [Fact]
    public void GetText_reads_the_article_text_and_ToString_is_the_id()
    {
        var article = TwoParagraphArticle();

        Assert.Equal("First one.", article.GetText(TextSpan.FromBounds(7, 17)).ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => article.GetText(new TextSpan(37, 1)));
        Assert.Equal("a", article.ToString());
    }

    [Fact]
    public void Block_content_span_trims_white_space()
    {
        var source = SourceText.From("  Hello there \r\n");

        Assert.Equal(TextSpan.FromBounds(2, 13), new Block(BlockKind.Paragraph, source.FullSpan).GetContentSpan(source));
        Assert.True(new Block(BlockKind.Blank, TextSpan.FromBounds(0, 2)).GetContentSpan(SourceText.From("   ")).IsEmpty);
    }

    [Fact]
    public void Metadata_Or_fills_only_what_is_missing()
    {
        var published = new DateTimeOffset(2023, 2, 21, 17, 12, 0, TimeSpan.Zero);
        var front = new ArticleMetadata(Title: "From front matter", Url: "https://example.org/a");
        var fromText = new ArticleMetadata("From the text", "Sputnik International", published, "MOSCOW", "https://example.org/b", "a.txt");

        Assert.Equal(
            new ArticleMetadata("From front matter", "Sputnik International", published, "MOSCOW", "https://example.org/a", "a.txt"),
            front.Or(fromText));
        Assert.Equal(fromText, ArticleMetadata.Empty.Or(fromText));
    }

    private static Article TwoParagraphArticle(IEnumerable<Statement>? statements = null)
    {
        // Title\n | \n | First one. Second one.\n | \n | Third.
        var source = SourceText.From(TwoParagraphs, "a.txt");
        Block[] blocks =
        [
            new(BlockKind.Title, TextSpan.FromBounds(0, 6)),
            new(BlockKind.Blank, TextSpan.FromBounds(6, 7)),
            new(BlockKind.Paragraph, TextSpan.FromBounds(7, 30)),
            new(BlockKind.Blank, TextSpan.FromBounds(30, 31)),
            new(BlockKind.Paragraph, TextSpan.FromBounds(31, 37)),
        ];
        Sentence[] sentences = [new(TextSpan.FromBounds(7, 17)), new(TextSpan.FromBounds(18, 29)), new(TextSpan.FromBounds(31, 37))];
        return new Article("a", source, ArticleMetadata.Empty, blocks, sentences, statements);
    }
}
