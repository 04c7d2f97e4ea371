using System.Text;
using Dicta.Extraction.Decoding;

namespace Dicta.Extraction.Tests.Reliability;

/// <summary>
/// Issue 8, bad articles: invalid UTF-8 inside an otherwise good article. Each invalid run becomes U+FFFD with a
/// warning located on it, and the article is still extracted: the statements around the bad bytes are found.
/// </summary>
public class InvalidUtf8Tests
{
    public static TheoryData<string, EntryPoint> Cases
    {
        get
        {
            var data = new TheoryData<string, EntryPoint>();
            foreach (var kind in Sequences.Keys)
            {
                foreach (var entry in new[] { EntryPoint.Directory, EntryPoint.Files, EntryPoint.Bytes })
                {
                    data.Add(kind, entry);
                }
            }

            return data;
        }
    }

    /// <summary>Invalid sequences, each a maximal invalid subsequence (one U+FFFD) or, for the overlong and surrogate forms, one per byte.</summary>
    private static Dictionary<string, (byte[] Bytes, int Replacements)> Sequences { get; } = new(StringComparer.Ordinal)
    {
        ["lone continuation byte"] = ([0x80], 1),
        ["overlong slash"] = ([0xC0, 0xAF], 2),
        ["overlong NUL"] = ([0xE0, 0x80, 0x80], 3),
        ["UTF-8 encoded surrogate"] = ([0xED, 0xA0, 0x80], 3),
        ["byte that is never UTF-8"] = ([0xFE], 1),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Invalid_bytes_are_replaced_with_a_warning_on_them_and_the_article_is_still_extracted(string kind, EntryPoint entry)
    {
        var (sequence, replacements) = Sequences[kind];
        var good = Encoding.UTF8.GetBytes(Articles.First);
        var cut = Articles.First.IndexOf("\n\nXi said", StringComparison.Ordinal) + 1;
        var byteCut = Encoding.UTF8.GetByteCount(Articles.First.AsSpan(0, cut));
        byte[] bytes = [.. good[..byteCut], .. sequence, .. good[byteCut..]];

        using var load = MixedLoad.OfBytes(entry, bytes);

        var article = Assert.IsType<Dicta.Model.Article>(load.Bad);
        Assert.Equal(Articles.First.Insert(cut, new string('\uFFFD', replacements)), article.Text.ToString());
        var warning = Assert.Single(load.BadDiagnostics, d => d.Id == DecodingDiagnostics.InvalidUtf8.Id);
        Assert.Equal(new Dicta.Model.Text.TextSpan(cut, replacements), warning.Location.Span);
        Assert.Equal(MixedLoad.BadId, warning.Location.Path);
        Assert.Contains($"at byte offset {byteCut}", warning.Message, StringComparison.Ordinal);
        Assert.Equal(StatementWords(Articles.First), article.Statements.Select(ArticleSnapshot.Words));
        load.AssertGoodArticlesUnaffected();
    }

    [Theory]
    [InlineData(EntryPoint.Directory)]
    [InlineData(EntryPoint.Files)]
    [InlineData(EntryPoint.Bytes)]
    public void A_sequence_cut_off_by_the_end_of_the_file_is_one_replacement_at_the_end(EntryPoint entry)
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes(Articles.First), 0xE2, 0x80];

        using var load = MixedLoad.OfBytes(entry, bytes);

        var article = Assert.IsType<Dicta.Model.Article>(load.Bad);
        Assert.Equal(Articles.First + "\uFFFD", article.Text.ToString());
        var warning = Assert.Single(load.BadDiagnostics, d => d.Id == DecodingDiagnostics.InvalidUtf8.Id);
        Assert.Equal(new Dicta.Model.Text.TextSpan(Articles.First.Length, 1), warning.Location.Span);
        Assert.Equal(StatementWords(Articles.First), article.Statements.Select(ArticleSnapshot.Words));
        load.AssertGoodArticlesUnaffected();
    }

    private static IEnumerable<string> StatementWords(string text) =>
        new CorpusLoader().Load([Dicta.Extraction.Loading.ArticleInput.FromText(MixedLoad.BadId, text)]).Articles.Single().Statements.Select(ArticleSnapshot.Words);
}
