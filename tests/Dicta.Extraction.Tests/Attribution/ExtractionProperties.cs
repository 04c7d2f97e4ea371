using Dicta.Model;
using Dicta.Model.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dicta.Extraction.Tests.Attribution;

public class ExtractionProperties
{
    private static readonly string[] Words =
    [
        "Putin", "Xi", "said", "told", "“", "”", "\"", "‘", "’", ",", ".", "according", "to", "he", "the", "minister",
        "that", "quoted", "as", "saying", "Reuters", "and", "China’s", "U.S.", "–", ":", "\n", "\n\n", "was", "not", "would",
    ];

    private static Arbitrary<string> NewsLikeText() =>
        Gen.Elements(Words).ListOf().Select(words => string.Join(' ', words)).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Extraction_never_throws_and_every_statement_lies_in_one_body_block() =>
        Prop.ForAll(NewsLikeText(), text =>
        {
            var article = ArticleExtractor.Default.Extract("p.txt", SourceText.From(text));
            return article.Statements.All(s =>
                article.GetBlockAt(s.ContentSpan.Start) is { Kind: BlockKind.Paragraph or BlockKind.Standfirst } block
                && block.Span.Contains(s.ContentSpan)
                && s.QuoteSpans.All(q => s.ContentSpan.Contains(q))
                && s.ContentSpan.Length > 0);
        });

    [Property(MaxTest = 200)]
    public Property Extraction_of_any_string_never_throws(string? text) =>
        Prop.ToProperty(ArticleExtractor.Default.Extract("p.txt", SourceText.From(text ?? string.Empty)).Text.Length == (text ?? string.Empty).Length);
}
