using Dicta.Extraction.Quotations;
using Dicta.Model;
using Dicta.Model.Diagnostics;

namespace Dicta.Extraction.Tests.Quotations;

/// <summary>What must hold of any scan and any split, whatever the text.</summary>
internal static class ScanInvariants
{
    public static bool QuotationsAreWellFormed(TestArticle article, QuotationScan scan)
    {
        var body = article.Blocks.Where(b => b.Kind is BlockKind.Paragraph or BlockKind.Standfirst).ToArray();
        return scan.Quotations.All(q =>
                article.Text.Contains(q.Span)
                && !q.Span.IsEmpty
                && body.Any(b => b.Span.Contains(q.Span))
                && q.Span.Contains(q.ContentSpan)
                && q.ContentSpan.Start == q.Span.Start + 1
                && q.Depth >= 0
                && !(q.IsClosed && q.ContinuesToNext))
            && scan.Quotations.Zip(scan.Quotations.Skip(1)).All(pair => pair.First.Span.Start < pair.Second.Span.Start)
            && scan.Diagnostics.All(d =>
                d.Id == QuotationDiagnostics.UnbalancedQuotationMark.Id
                && d.Severity == DiagnosticSeverity.Warning
                && article.Text.Contains(d.Location.Span)
                && d.Location.Span.Length == 1);
    }

    public static bool SentencesAreWellFormed(TestArticle article, IReadOnlyList<Sentence> sentences)
    {
        var body = article.Blocks.Where(b => b.Kind is BlockKind.Paragraph or BlockKind.Standfirst).ToArray();
        for (var i = 0; i < sentences.Count; i++)
        {
            var span = sentences[i].Span;
            if (span.IsEmpty
                || !article.Text.Contains(span)
                || char.IsWhiteSpace(article.Text[span.Start])
                || char.IsWhiteSpace(article.Text[span.End - 1])
                || !body.Any(b => b.Span.Contains(span))
                || (i > 0 && span.Start < sentences[i - 1].Span.End))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Every non-space character of a body block lies in a sentence.</summary>
    public static bool SentencesCoverTheBody(TestArticle article, IReadOnlyList<Sentence> sentences)
    {
        var covered = new bool[article.Text.Length];
        foreach (var sentence in sentences)
        {
            for (var i = sentence.Span.Start; i < sentence.Span.End; i++)
            {
                covered[i] = true;
            }
        }

        return article.Blocks
            .Where(b => b.Kind is BlockKind.Paragraph or BlockKind.Standfirst)
            .All(b => Enumerable.Range(b.Span.Start, b.Span.Length).All(i => covered[i] || char.IsWhiteSpace(article.Text[i])));
    }
}
