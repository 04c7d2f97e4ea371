using Dicta.Extraction.Decoding;

namespace Dicta.Extraction.Tests.Reliability;

/// <summary>Issue 8, bad articles: a binary file (an image, an executable, an archive, random bytes) named like an article.</summary>
public class BinaryFileTests
{
    public static TheoryData<string, EntryPoint> Cases
    {
        get
        {
            var data = new TheoryData<string, EntryPoint>();
            foreach (var kind in Binaries.Keys)
            {
                foreach (var entry in new[] { EntryPoint.Directory, EntryPoint.Files, EntryPoint.Bytes })
                {
                    data.Add(kind, entry);
                }
            }

            return data;
        }
    }

    private static Dictionary<string, byte[]> Binaries { get; } = new(StringComparer.Ordinal)
    {
        ["png"] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00],
        ["elf"] = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x3E, 0x00],
        ["zip"] = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x21, 0x5A, 0x6E, 0x57, 0x8C, 0x2B, 0x1D, 0x1E],
        ["random"] = RandomBytes(),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_binary_file_is_one_error_against_it_and_the_other_articles_load_unchanged(string kind, EntryPoint entry)
    {
        using var load = MixedLoad.OfBytes(entry, Binaries[kind]);

        Assert.Null(load.Bad);
        var diagnostic = Assert.Single(load.BadDiagnostics);
        Assert.Equal(DecodingDiagnostics.BinaryFile.Id, diagnostic.Id);
        Assert.True(diagnostic.IsError);
        Assert.Equal(MixedLoad.BadId, diagnostic.Location.Path);
        Assert.Contains($"'{MixedLoad.BadId}'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(1, load.Corpus.Diagnostics.Count(d => d.IsError));
        load.AssertGoodArticlesUnaffected();
    }

    /// <summary>
    /// Random bytes, with NUL and line feed bytes kept out so that only the share of bytes that are not UTF-8 tells
    /// them from text; long enough (4 KiB) for that share to be judged.
    /// </summary>
    private static byte[] RandomBytes()
    {
        var bytes = new byte[4096];
        new Random(8).NextBytes(bytes);
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = bytes[i] is 0 or (byte)'\n' ? (byte)0xFF : bytes[i];
        }

        return bytes;
    }
}
