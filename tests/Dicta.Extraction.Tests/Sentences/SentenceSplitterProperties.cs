using Dicta.Extraction.Tests.Quotations;
using Dicta.Model;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dicta.Extraction.Tests.Sentences;

public class SentenceSplitterProperties
{
    [Property]
    public bool Splitting_any_string_never_throws_and_gives_well_formed_sentences(string? text)
    {
        var article = TestArticle.FromLines(text ?? string.Empty);
        var sentences = article.Sentences();
        return ScanInvariants.SentencesAreWellFormed(article, sentences) && ScanInvariants.SentencesCoverTheBody(article, sentences);
    }

    [Property(MaxTest = 300)]
    public Property Sentences_of_mark_heavy_strings_are_ordered_trimmed_and_cover_the_body() =>
        Prop.ForAll(TextGenerators.Texts(), text =>
        {
            var article = TestArticle.FromLines(text);
            var sentences = article.Sentences();
            return ScanInvariants.SentencesAreWellFormed(article, sentences) && ScanInvariants.SentencesCoverTheBody(article, sentences);
        });

    [Property(MaxTest = 300)]
    public Property No_sentence_boundary_falls_inside_a_generated_quotation() =>
        Prop.ForAll(TextGenerators.QuotedTexts(), sample =>
        {
            var article = TestArticle.FromLines(sample.Text);
            var sentences = article.Sentences();
            return ScanInvariants.SentencesAreWellFormed(article, sentences)
                && sample.Expected.All(q => sentences.All(s => s.Span.End <= q.Start || s.Span.Start >= q.End || (s.Span.Start <= q.Start && s.Span.End >= q.End)));
        });

    [Property(MaxTest = 300)]
    public Property Only_body_blocks_hold_quotations_and_sentences_whatever_the_block_kinds() =>
        Prop.ForAll(
            TextGenerators.Texts(),
            Gen.ArrayOf(Gen.Elements(Enum.GetValues<BlockKind>())).ToArbitrary(),
            (text, kinds) =>
            {
                var article = TestArticle.FromLines(text, (line, _) => kinds.Length == 0 ? null : kinds[line % kinds.Length]);
                var scan = article.Scan();
                var sentences = article.Sentences();
                return ScanInvariants.QuotationsAreWellFormed(article, scan)
                    && ScanInvariants.SentencesAreWellFormed(article, sentences)
                    && ScanInvariants.SentencesCoverTheBody(article, sentences);
            });
}
