using Dicta.Model.Diagnostics;
using Dicta.Model.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dicta.Model.Tests.Corpora;

public class CorpusWalkerTests
{
    private static readonly Diagnostic Unreadable = new("DC0001", DiagnosticSeverity.Error, "unreadable", Location.None);

    [Fact]
    public void Visits_articles_in_id_order_each_blocks_sentences_statements_diagnostics_then_the_corpus_diagnostics()
    {
        var source = SourceText.From("Title\nBody. More.", "b.txt");
        var b = new Article(
            "b",
            source,
            ArticleMetadata.Empty,
            [new Block(BlockKind.Title, TextSpan.FromBounds(0, 6)), new Block(BlockKind.Paragraph, TextSpan.FromBounds(6, 17))],
            [new Sentence(TextSpan.FromBounds(6, 11)), new Sentence(TextSpan.FromBounds(12, 17))],
            [Samples.Statement(Samples.Xi, TextSpan.FromBounds(6, 11)), Samples.Statement(Samples.Putin, TextSpan.FromBounds(12, 17))],
            [new Diagnostic("DX0001", DiagnosticSeverity.Warning, "b note", Location.In(source, new TextSpan(0, 5)))]);
        var a = Samples.Article("a", "x", diagnostics: [new Diagnostic("DX0002", DiagnosticSeverity.Info, "a note", Location.None)]);
        var corpus = Corpus.Create([b, a], [Unreadable]);

        var walker = new RecordingWalker();
        walker.VisitCorpus(corpus);

        Assert.Equal(
            [
                "article a", "block a Paragraph [0..1)", "diagnostic a a note",
                "article b", "block b Title [0..6)", "block b Paragraph [6..17)",
                "sentence b [6..11)", "sentence b [12..17)",
                "statement b Xi Jinping", "statement b Vladimir Putin",
                "diagnostic b b note",
                "diagnostic corpus unreadable",
            ],
            walker.Visits);
    }

    [Fact]
    public void Visits_every_corpus_diagnostic_even_when_equal_to_another()
    {
        var sameAsUnreadable = Samples.Article("a", "x", diagnostics: [Unreadable]);
        var corpus = Corpus.Create([sameAsUnreadable], [Unreadable, Unreadable]);

        var walker = new RecordingWalker();
        walker.VisitCorpus(corpus);

        Assert.Equal(
            ["article a", "block a Paragraph [0..1)", "diagnostic a unreadable", "diagnostic corpus unreadable", "diagnostic corpus unreadable"],
            walker.Visits);
    }

    [Property(MaxTest = 100)]
    public Property Visits_each_node_of_any_corpus_once() =>
        Prop.ForAll(ModelGenerators.SmallCorpus.ToArbitrary(), c =>
        {
            var corpus = c.Build();
            var walker = new RecordingWalker();

            walker.VisitCorpus(corpus);

            var expected = corpus.Articles.SelectMany(a =>
                    new[] { $"article {a.Id}" }
                        .Concat(a.Blocks.Select(x => $"block {a.Id} {x.Kind} {x.Span}"))
                        .Concat(a.Sentences.Select(x => $"sentence {a.Id} {x.Span}"))
                        .Concat(a.Statements.Select(x => $"statement {a.Id} {x.Speaker.Name}"))
                        .Concat(a.Diagnostics.Select(x => $"diagnostic {a.Id} {x.Message}")))
                .Concat(c.Diagnostics.Select(x => $"diagnostic corpus {x.Message}"));
            Assert.Equal(expected, walker.Visits);
        });

    [Fact]
    public void An_override_that_does_not_call_the_base_skips_the_children()
    {
        var corpus = Corpus.Create([Samples.ArticleBy("a", Samples.Putin), Samples.ArticleBy("b", Samples.Xi)]);

        var walker = new ArticlesOnlyWalker();
        walker.VisitCorpus(corpus);

        Assert.Equal(["article a", "article b"], walker.Visits);
    }

    private sealed class RecordingWalker : CorpusWalker
    {
        public List<string> Visits { get; } = [];

        public override void VisitArticle(Article article)
        {
            Visits.Add($"article {article.Id}");
            base.VisitArticle(article);
        }

        public override void VisitBlock(Article article, Block block) => Visits.Add($"block {article.Id} {block.Kind} {block.Span}");

        public override void VisitSentence(Article article, Sentence sentence) => Visits.Add($"sentence {article.Id} {sentence.Span}");

        public override void VisitStatement(Statement statement) => Visits.Add($"statement {statement.Article.Id} {statement.Speaker.Name}");

        public override void VisitDiagnostic(Article? article, Diagnostic diagnostic) =>
            Visits.Add($"diagnostic {article?.Id ?? "corpus"} {diagnostic.Message}");
    }

    private sealed class ArticlesOnlyWalker : CorpusWalker
    {
        public List<string> Visits { get; } = [];

        public override void VisitArticle(Article article) => Visits.Add($"article {article.Id}");

        public override void VisitStatement(Statement statement) => Visits.Add("statement");
    }
}
