using Dicta.Model;
using Dicta.Model.Text;
using Dicta.Query.Tests.Execution;

namespace Dicta.Query.Tests.Reliability;

/// <summary>Corpora the reliability tests need besides the seeds: one long statement, and the seeds many times over.</summary>
internal static class ReliabilityCorpora
{
    private static readonly Lazy<Corpus> LargeLazy = new(() => SeedsRepeated(60));

    /// <summary>The seed articles sixty times over (distinct ids): tens of thousands of statements, for queries that take a while.</summary>
    public static Corpus Large => LargeLazy.Value;

    /// <summary>One article whose text is one direct statement by "Vladimir Putin" (alias "Putin") about "taiwan".</summary>
    public static Corpus OneStatement(string text)
    {
        var source = SourceText.From(text, "long.txt");
        var whole = new TextSpan(0, text.Length);
        var statement = new Statement
        {
            Kind = StatementKind.Direct,
            ContentSpan = whole,
            QuoteSpans = [whole],
            Speaker = new Speaker("Vladimir Putin", SpeakerKind.Person, ["Putin"], "Russia"),
            Topics = [new Topic("taiwan", "Taiwan")],
        };
        var article = new Article("long", source, new ArticleMetadata(Title: "long"), [new Block(BlockKind.Paragraph, whole)], [new Sentence(whole)], [statement]);
        return Corpus.Create([article]);
    }

    /// <summary>The seed articles <paramref name="times"/> times, the copies told apart by their ids.</summary>
    public static Corpus SeedsRepeated(int times) =>
        Corpus.Create(
            from copy in Enumerable.Range(0, times)
            from article in Seeds.Corpus.Articles
            select new Article($"{copy}/{article.Id}", article.Text, article.Metadata, article.Blocks, article.Sentences, article.Statements));
}
