using System.Text;
using Dicta.Extraction.Loading;

namespace Dicta.Extraction.Tests.Reliability;

/// <summary>
/// Issue 8, bad articles: files saved as UTF-16 (either byte order) or UTF-32 with a byte order mark, or as UTF-8 with
/// one. Each decodes to exactly the text of the plain UTF-8 file, so it is extracted to exactly the same article.
/// </summary>
public class ByteOrderMarkTests
{
    public static TheoryData<string, EntryPoint> Cases
    {
        get
        {
            var data = new TheoryData<string, EntryPoint>();
            foreach (var encoding in Encodings.Keys)
            {
                foreach (var entry in new[] { EntryPoint.Directory, EntryPoint.Files, EntryPoint.Bytes })
                {
                    data.Add(encoding, entry);
                }
            }

            return data;
        }
    }

    private static Dictionary<string, Encoding> Encodings { get; } = new(StringComparer.Ordinal)
    {
        ["UTF-16 LE"] = new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
        ["UTF-16 BE"] = new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
        ["UTF-32 LE"] = new UTF32Encoding(bigEndian: false, byteOrderMark: true),
        ["UTF-8 with a mark"] = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_file_with_a_byte_order_mark_gives_the_same_article_as_its_utf8_version(string encoding, EntryPoint entry)
    {
        var bytes = Encodings[encoding].GetPreamble().Concat(Encodings[encoding].GetBytes(Articles.First)).ToArray();

        using var load = MixedLoad.OfBytes(entry, bytes);

        var utf8 = new CorpusLoader().Load([ArticleInput.FromBytes(MixedLoad.BadId, Encoding.UTF8.GetBytes(Articles.First))]).Articles.Single();
        var article = Assert.IsType<Dicta.Model.Article>(load.Bad);
        Assert.NotEmpty(utf8.Statements);
        Assert.Equal(ArticleSnapshot.Of(utf8), ArticleSnapshot.Of(article));
        load.AssertGoodArticlesUnaffected();
    }
}
