using System.Text;
using Dicta.Extraction.Decoding;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dicta.Extraction.Tests.Decoding;

public class DecodingProperties
{
    private static readonly string[] Pieces = ["a", "Z", " ", "\n", "\r\n", "é", "“", "’", "€", "😀", "\uFFFD", "\uFEFF", "\0", "\u0001", "中文", "\u2028"];

    private static readonly Arbitrary<byte[]> AnyBytes =
        Gen.Frequency(
            (2, ArbMap.Default.GeneratorFor<byte[]>().Select(b => b ?? [])),
            (1, ValidStrings().Select(s => Encoding.UTF8.GetBytes(s)).SelectMany(b => Gen.Choose(0, b.Length).Select(i => b.Take(i).Append((byte)0xE9).Concat(b.Skip(i)).ToArray()))))
        .ToArbitrary();

    private static readonly Arbitrary<string> WellFormedStrings = ValidStrings().ToArbitrary();

    [Property(MaxTest = 1000)]
    public Property Never_throws_and_diagnostics_lie_in_the_text() =>
        Prop.ForAll(AnyBytes, bytes =>
        {
            var decoded = SourceDecoder.Decode(bytes, "any.bin");
            return decoded.Diagnostics.All(d => ReferenceEquals(d.Location.Source, decoded.Text) && d.Location.Span.End <= decoded.Text.Length);
        });

    [Property(MaxTest = 1000)]
    public Property Utf8_decodes_as_the_standard_decoder_does_and_marks_only_replacements() =>
        Prop.ForAll(AnyBytes, bytes =>
        {
            var decoded = SourceDecoder.Decode(bytes, "any.bin");
            var marked = ByteOrderMark.Detect(bytes).Length > 0;
            return (marked || decoded.Text.ToString() == Encoding.UTF8.GetString(bytes))
                && decoded.Diagnostics.Where(d => d.Id == DecodingDiagnostics.InvalidUtf8.Id)
                    .All(d => decoded.Text.ToString(d.Location.Span).All(c => c == '\uFFFD') && !d.Location.Span.IsEmpty);
        });

    [Property(MaxTest = 500)]
    public Property Utf8_round_trips_without_a_mark() =>
        Prop.ForAll(WellFormedStrings, text =>
        {
            // A leading U+FEFF would read as a byte order mark: that is the one string this form cannot carry.
            var s = text.TrimStart('\uFEFF');
            var decoded = SourceDecoder.Decode(Encoding.UTF8.GetBytes(s), "u8.txt");
            return decoded.Text.ToString() == s && !decoded.Diagnostics.Any(d => d.Id != DecodingDiagnostics.BinaryFile.Id);
        });

    [Property(MaxTest = 500)]
    public Property Utf8_round_trips_with_a_mark() =>
        Prop.ForAll(WellFormedStrings, text =>
            SourceDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)], "u8.txt").Text.ToString() == text);

    [Property(MaxTest = 500)]
    public Property Utf16_round_trips_with_a_mark_in_either_byte_order() =>
        Prop.ForAll(WellFormedStrings, text =>
        {
            // FF FE 00 00 is the UTF-32 LE mark, so a little-endian text cannot start with U+0000.
            var little = text.TrimStart('\0');
            return SourceDecoder.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(little)], "le.txt").Text.ToString() == little
                && SourceDecoder.Decode([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)], "be.txt").Text.ToString() == text;
        });

    [Property(MaxTest = 300)]
    public Property Utf32_round_trips_with_a_mark() =>
        Prop.ForAll(WellFormedStrings, text =>
            SourceDecoder.Decode([0xFF, 0xFE, 0, 0, .. Encoding.UTF32.GetBytes(text)], "u32.txt").Text.ToString() == text);

    /// <summary>Strings of any characters that UTF encodings can carry: FsCheck's with lone surrogates replaced, and mixes of tricky pieces.</summary>
    private static Gen<string> ValidStrings() =>
        Gen.Frequency(
            (1, ArbMap.Default.GeneratorFor<string>().Select(s => WellFormed(s ?? string.Empty))),
            (2, Gen.ListOf(Gen.Elements(Pieces)).Select(string.Concat)));

    private static string WellFormed(string s)
    {
        var builder = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                builder.Append(s[i]).Append(s[++i]);
            }
            else
            {
                builder.Append(char.IsSurrogate(s[i]) ? 'x' : s[i]);
            }
        }

        return builder.ToString();
    }
}
