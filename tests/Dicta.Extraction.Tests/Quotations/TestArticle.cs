using System.Collections.Immutable;
using Dicta.Extraction.Quotations;
using Dicta.Extraction.Sentences;
using Dicta.Model;
using Dicta.Model.Text;

namespace Dicta.Extraction.Tests.Quotations;

/// <summary>Articles for the quotation and sentence tests, laid out without the layout stage: one block per line.</summary>
internal sealed record TestArticle(SourceText Text, ImmutableArray<Block> Blocks)
{
    /// <summary>The five seed articles' file names.</summary>
    public static readonly string[] SeedNames =
    [
        "000_571892bab8bfb740.txt", "001_1bb006a956a83ea0.txt", "002_73fc8d6edca50fa8.txt",
        "003_ae30d0a36fc04354.txt", "004_69da86e87e65e6a7.txt",
    ];

    /// <summary>One paragraph per line; blank lines are blank blocks; a line for which <paramref name="kind"/> answers keeps that kind.</summary>
    public static TestArticle FromLines(string text, Func<int, string, BlockKind?>? kind = null)
    {
        var source = SourceText.From(text, "test");
        var blocks = ImmutableArray.CreateBuilder<Block>();
        for (var line = 0; line < source.LineCount; line++)
        {
            var span = source.GetLine(line).SpanIncludingLineBreak;
            if (span.IsEmpty)
            {
                continue;
            }

            var chars = source.ToString(span);
            var chosen = kind?.Invoke(line, chars) ?? (string.IsNullOrWhiteSpace(chars) ? BlockKind.Blank : BlockKind.Paragraph);
            blocks.Add(new Block(chosen, span));
        }

        return new TestArticle(source, blocks.ToImmutable());
    }

    /// <summary>A seed article from the extraction assembly's resources, one paragraph per non-blank line.</summary>
    public static TestArticle Seed(string name)
    {
        using var stream = typeof(QuoteScanner).Assembly.GetManifestResourceStream("Dicta.Seeds." + name)
            ?? throw new InvalidOperationException($"no seed {name}");
        using var reader = new StreamReader(stream);
        return FromLines(reader.ReadToEnd());
    }

    public QuotationScan Scan() => QuoteScanner.Scan(Text, Blocks);

    public ImmutableArray<Sentence> Sentences() => SentenceSplitter.Split(Text, Blocks, Scan());

    public string[] SentenceTexts() => [.. Sentences().Select(s => Text.ToString(s.Span))];

    public string[] QuotationContents() => [.. Scan().Quotations.Select(q => Text.ToString(q.ContentSpan))];
}
