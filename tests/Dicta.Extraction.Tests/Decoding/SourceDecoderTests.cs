using System.Text;
using Dicta.Extraction.Decoding;
using Dicta.Model.Diagnostics;

namespace Dicta.Extraction.Tests.Decoding;

public class SourceDecoderTests
{
    private const string Sample = "Putin said “multipolar”; China’s Xi agreed. 😀";

    public static TheoryData<string, byte[]> Encodings { get; } = new()
    {
        { "UTF-8", Encoding.UTF8.GetBytes(Sample) },
        { "UTF-8 with BOM", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sample)] },
        { "UTF-16 LE", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Sample)] },
        { "UTF-16 BE", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Sample)] },
        { "UTF-32 LE", [0xFF, 0xFE, 0x00, 0x00, .. Encoding.UTF32.GetBytes(Sample)] },
        { "UTF-32 BE", [0x00, 0x00, 0xFE, 0xFF, .. new UTF32Encoding(bigEndian: true, byteOrderMark: false).GetBytes(Sample)] },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Decodes_each_supported_encoding_and_drops_the_mark(string encoding, byte[] bytes)
    {
        var decoded = SourceDecoder.Decode(bytes, "a.txt");

        Assert.True(Sample == decoded.Text.ToString(), encoding);
        Assert.Empty(decoded.Diagnostics);
        Assert.False(decoded.IsBinary);
        Assert.Equal("a.txt", decoded.Text.Path);
    }

    [Fact]
    public void Empty_input_is_empty_text_without_diagnostics()
    {
        var decoded = SourceDecoder.Decode([], "empty.txt");

        Assert.Equal(0, decoded.Text.Length);
        Assert.Empty(decoded.Diagnostics);
        Assert.False(decoded.IsBinary);
        Assert.Equal(0, SourceDecoder.Decode([0xEF, 0xBB, 0xBF], "bom.txt").Text.Length);
    }

    [Fact]
    public void Each_run_of_invalid_utf8_is_one_warning_at_its_replacement_characters()
    {
        byte[] bytes = [.. "ab"u8, 0xFF, 0xFE, .. "cd"u8, 0xC3, .. "e"u8];

        var decoded = SourceDecoder.Decode(bytes, "bad.txt");

        Assert.Equal("ab\uFFFD\uFFFDcd\uFFFDe", decoded.Text.ToString());
        Assert.Collection(
            decoded.Diagnostics,
            d =>
            {
                Assert.Equal(DecodingDiagnostics.InvalidUtf8.Id, d.Id);
                Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
                Assert.Equal("\uFFFD\uFFFD", decoded.Text.ToString(d.Location.Span));
                Assert.Contains("0xFF 0xFE", d.Message, StringComparison.Ordinal);
                Assert.Contains("byte offset 2", d.Message, StringComparison.Ordinal);
            },
            d =>
            {
                Assert.Equal(new Model.Text.TextSpan(6, 1), d.Location.Span);
                Assert.Contains("byte 0xC3 at byte offset 6", d.Message, StringComparison.Ordinal);
            });
    }

    [Fact]
    public void Byte_offsets_count_the_mark()
    {
        var decoded = SourceDecoder.Decode([0xEF, 0xBB, 0xBF, (byte)'a', 0x80], "bad.txt");

        Assert.Contains("at byte offset 4", Assert.Single(decoded.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sequence_cut_off_at_the_end_is_invalid()
    {
        var decoded = SourceDecoder.Decode([.. "ok "u8, 0xE2, 0x80], "cut.txt");

        Assert.Equal("ok \uFFFD", decoded.Text.ToString());
        Assert.Contains("bytes 0xE2 0x80", Assert.Single(decoded.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_literal_replacement_character_is_valid_text()
    {
        var decoded = SourceDecoder.Decode(Encoding.UTF8.GetBytes("a\uFFFDb"), "ok.txt");

        Assert.Equal("a\uFFFDb", decoded.Text.ToString());
        Assert.Empty(decoded.Diagnostics);
    }

    [Fact]
    public void Unpaired_utf16_surrogates_and_an_odd_last_byte_are_reported()
    {
        byte[] bytes = [0xFF, 0xFE, (byte)'a', 0, 0x00, 0xD8, (byte)'b', 0, 0x00, 0xDC, 0x01, 0xDC, (byte)'d', 0, (byte)'c'];

        var decoded = SourceDecoder.Decode(bytes, "u16.txt");

        Assert.Equal("a\uFFFDb\uFFFD\uFFFDd\uFFFD", decoded.Text.ToString());
        Assert.Equal(3, decoded.Diagnostics.Length);
        Assert.All(decoded.Diagnostics, d => Assert.Equal(DecodingDiagnostics.InvalidCodeUnits.Id, d.Id));
        Assert.Contains("UTF-16 bytes 0x00 0xD8 at byte offset 4", decoded.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Equal(new Model.Text.TextSpan(3, 2), decoded.Diagnostics[1].Location.Span);
        Assert.Contains("byte 0x63 at byte offset 14", decoded.Diagnostics[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf32_values_past_the_last_code_point_are_reported()
    {
        byte[] bytes = [0xFF, 0xFE, 0, 0, (byte)'a', 0, 0, 0, 0x00, 0x00, 0x11, 0x00, (byte)'b', 0, 0, 0, 0x01];

        var decoded = SourceDecoder.Decode(bytes, "u32.txt");

        Assert.Equal("a\uFFFDb\uFFFD", decoded.Text.ToString());
        Assert.Equal(2, decoded.Diagnostics.Length);
        Assert.Contains("UTF-32", decoded.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52 })]
    [InlineData(new byte[] { (byte)'a', (byte)'b', 0x00, (byte)'c' })]
    [InlineData(new byte[] { 0x01, 0x02, 0x03, (byte)'a', (byte)'b', (byte)'c', 0x04, 0x05 })]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00 })]
    public void Binary_input_is_one_error_and_flagged(byte[] bytes)
    {
        var decoded = SourceDecoder.Decode(bytes, "image.png");

        Assert.True(decoded.IsBinary);
        var diagnostic = Assert.Single(decoded.Diagnostics);
        Assert.Equal(DecodingDiagnostics.BinaryFile.Id, diagnostic.Id);
        Assert.True(diagnostic.IsError);
        Assert.Contains("'image.png' looks like a binary file", diagnostic.Message, StringComparison.Ordinal);
        Assert.Same(decoded.Text, diagnostic.Location.Source);
    }

    [Fact]
    public void Random_bytes_without_nul_are_binary_when_most_are_not_utf8()
    {
        var bytes = Enumerable.Range(0, 4000).Select(i => (byte)(0x80 + ((i * 37) % 0x7F))).ToArray();

        Assert.True(SourceDecoder.Decode(bytes, "blob").IsBinary);
    }

    [Fact]
    public void Latin1_text_is_text_with_warnings()
    {
        var bytes = Encoding.Latin1.GetBytes("Le président a déclaré que la réunion était très utile.\n");

        var decoded = SourceDecoder.Decode(bytes, "latin1.txt");

        Assert.False(decoded.IsBinary);
        Assert.Equal(6, decoded.Diagnostics.Length);
        Assert.All(decoded.Diagnostics, d => Assert.Equal(DecodingDiagnostics.InvalidUtf8.Id, d.Id));
    }

    [Fact]
    public void Text_with_tabs_and_form_feeds_is_not_binary()
    {
        Assert.False(SourceDecoder.Decode("a\tb\fc\r\nd\v"u8, "ok.txt").IsBinary);
    }

    [Fact]
    public void Past_a_hundred_runs_the_rest_are_counted_in_one_warning()
    {
        var bytes = Enumerable.Range(0, 150).SelectMany(_ => new byte[] { (byte)'a', (byte)'b', (byte)'c', (byte)'d', (byte)'e', (byte)'f', (byte)'g', (byte)'h', (byte)'i', (byte)' ', 0xE9 }).ToArray();

        var decoded = SourceDecoder.Decode(bytes, "many.txt");

        Assert.False(decoded.IsBinary);
        Assert.Equal(101, decoded.Diagnostics.Length);
        Assert.Equal(DecodingDiagnostics.MoreInvalidRuns.Id, decoded.Diagnostics[^1].Id);
        Assert.Contains("50 more runs", decoded.Diagnostics[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_diagnostic_for_an_input_without_a_path_names_the_input()
    {
        var decoded = SourceDecoder.Decode([0, 0, 0], string.Empty);

        Assert.StartsWith("the input looks like a binary file", Assert.Single(decoded.Diagnostics).Message, StringComparison.Ordinal);
    }
}
