using Dicta.Model;
using Dicta.Model.Text;

namespace Dicta.Extraction.Tests.Attribution;

/// <summary>Runs the whole pipeline on a small article written in a test, and reads its statements back as text.</summary>
internal static class Extracted
{
    public static Article Article(params string[] paragraphs) =>
        ArticleExtractor.Default.Extract("test.txt", SourceText.From("A headline for the test\n\n" + string.Join("\n\n", paragraphs) + "\n"));

    public static Statement Single(params string[] paragraphs) => Assert.Single(Article(paragraphs).Statements);

    public static string Text(this Statement statement) => statement.Content.ToString();

    public static string? MentionText(this Statement statement) => statement.MentionSpan is null ? null : statement.Mention.ToString();

    public static string[] QuoteTexts(this Statement statement) => [.. statement.Quotes.Select(q => q.ToString())];
}
