using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dicta.Extraction.Tests.Quotations;

public class QuoteScannerProperties
{
    [Property]
    public bool Scanning_any_string_never_throws_and_keeps_spans_in_their_blocks(string? text)
    {
        var article = TestArticle.FromLines(text ?? string.Empty);
        return ScanInvariants.QuotationsAreWellFormed(article, article.Scan());
    }

    [Property(MaxTest = 300)]
    public Property Scanning_mark_heavy_strings_keeps_spans_in_their_blocks() =>
        Prop.ForAll(TextGenerators.Texts(), text =>
        {
            var article = TestArticle.FromLines(text);
            return ScanInvariants.QuotationsAreWellFormed(article, article.Scan());
        });

    [Property(MaxTest = 300)]
    public Property Every_unbalanced_quotation_has_a_diagnostic_at_its_mark() =>
        Prop.ForAll(TextGenerators.Texts(), text =>
        {
            var scan = TestArticle.FromLines(text).Scan();
            var reported = scan.Diagnostics.Select(d => d.Location.Span.Start).ToHashSet();
            return scan.Quotations.Where(q => !q.IsBalanced).All(q => reported.Contains(q.Span.Start));
        });

    [Property(MaxTest = 500)]
    public Property Balanced_nested_quotations_are_found_exactly() =>
        Prop.ForAll(TextGenerators.QuotedTexts(), sample =>
        {
            var scan = TestArticle.FromLines(sample.Text).Scan();
            var found = scan.Quotations.Select(q => (q.Span.Start, q.Span.End, q.Depth, q.Style));
            return scan.Diagnostics.IsEmpty
                && scan.Quotations.All(q => q.IsClosed && !q.ContinuesToNext && !q.ContinuesFromPrevious)
                && found.SequenceEqual(sample.Expected);
        });
}
