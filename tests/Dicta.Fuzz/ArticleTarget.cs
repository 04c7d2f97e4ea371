using System.Runtime.ExceptionServices;
using Dicta.Extraction;
using Dicta.Extraction.Loading;
using Dicta.Model;
using Dicta.Model.Text;

namespace Dicta.Fuzz;

/// <summary>
/// The article target: the input is one article file's bytes, read by the whole pipeline (decoding, layout,
/// quotations, sentences, attribution, resolution, topics). Invariants: no stage throws (the extractor turns an
/// exception into DX0008; the target rethrows it with its stack); the blocks tile the text; every span of the article
/// and of its diagnostics lies inside the text.
/// </summary>
internal static class ArticleTarget
{
    /// <summary>The id the input is read under; ".txt" like the files a directory load reads.</summary>
    private const string FileName = "fuzz.txt";

    /// <summary>Runs one input.</summary>
    public static void Run(byte[] input)
    {
        ExtractionResult result;
        using (var recorder = new ExceptionRecorder())
        {
            result = ArticleExtractor.Default.Extract(ArticleInput.FromBytes(FileName, input));
            var diagnostics = result.Article?.Diagnostics ?? result.Diagnostics;
            if (diagnostics.Any(d => d.Id == LoadingDiagnostics.ExtractionFailed.Id))
            {
                // The extractor caught it to keep a load going; the fuzzer wants it, with the stack of where it was thrown.
                if (recorder.Last is { } thrown)
                {
                    ExceptionDispatchInfo.Throw(thrown);
                }

                throw new InvalidOperationException("DX0008 without an exception: " + string.Join("; ", diagnostics));
            }
        }

        if (result.Article is { } article)
        {
            RequireSpans(article);
        }
        else
        {
            Invariant.Require(result.Diagnostics.Any(d => d.IsError), "no article and no error saying why");
        }
    }

    private static void RequireSpans(Article article)
    {
        var text = article.Text;
        Invariant.Require(string.Concat(article.Blocks.Select(b => text.ToString(b.Span))) == text.ToString(), "the blocks do not tile the text");
        foreach (var sentence in article.Sentences)
        {
            RequireInside(text, sentence.Span, "a sentence");
        }

        foreach (var statement in article.Statements)
        {
            RequireInside(text, statement.ContentSpan, "a statement's content");
            foreach (var quote in statement.QuoteSpans)
            {
                RequireInside(text, quote, "a quote");
            }

            if (statement.CueSpan is { } cue)
            {
                RequireInside(text, cue, "a cue");
            }

            if (statement.MentionSpan is { } mention)
            {
                RequireInside(text, mention, "a mention");
            }
        }

        foreach (var diagnostic in article.Diagnostics)
        {
            Invariant.Require(diagnostic.Location.Source is null || diagnostic.Location.Source.Contains(diagnostic.Location.Span), $"the diagnostic {diagnostic.Id} lies outside its text");
        }
    }

    private static void RequireInside(SourceText text, TextSpan span, string what) =>
        Invariant.Require(text.Contains(span), $"{what} spans {span}, outside the text of length {text.Length}");
}
