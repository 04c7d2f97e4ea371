using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Dicta.Model.Diagnostics;
using Dicta.Model.Text;

namespace Dicta.Extraction.Decoding;

/// <summary>
/// Stage 1 of extraction: turns an article file's bytes into a <see cref="SourceText"/>. Reads UTF-8 (with or
/// without a byte order mark) and, when a mark says so, UTF-16 and UTF-32 in either byte order. The mark is
/// dropped from the text. Invalid bytes become U+FFFD with a warning per run; binary input is flagged.
/// </summary>
public static class SourceDecoder
{
    /// <summary>Runs of invalid bytes reported one by one; the rest are counted in one diagnostic.</summary>
    private const int MaxReportedRuns = 100;

    /// <summary>How many bytes of a run a diagnostic lists.</summary>
    private const int MaxListedBytes = 8;

    /// <summary>Decodes <paramref name="bytes"/>. Never throws, whatever the bytes.</summary>
    /// <param name="bytes">The file's contents.</param>
    /// <param name="path">Where the bytes came from; becomes the text's <see cref="SourceText.Path"/>.</param>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var (form, markLength) = ByteOrderMark.Detect(bytes);
        var body = bytes[markLength..];
        if (form == UnicodeForm.Utf8 && BinarySniffer.ReasonFromBytes(body) is { } byteReason)
        {
            // The loader skips binary files, so there is no point in locating every undecodable byte.
            return Binary(SourceText.From(Encoding.UTF8.GetString(body), path), byteReason);
        }

        var decoded = form switch
        {
            UnicodeForm.Utf16LittleEndian => CodeUnitDecoder.DecodeUtf16(body, bigEndian: false),
            UnicodeForm.Utf16BigEndian => CodeUnitDecoder.DecodeUtf16(body, bigEndian: true),
            UnicodeForm.Utf32LittleEndian => CodeUnitDecoder.DecodeUtf32(body, bigEndian: false),
            UnicodeForm.Utf32BigEndian => CodeUnitDecoder.DecodeUtf32(body, bigEndian: true),
            _ => Utf8Decoder.Decode(body),
        };
        var text = SourceText.From(decoded.Text, path);
        if (form != UnicodeForm.Utf8 && BinarySniffer.ReasonFromChars(decoded.Text) is { } charReason)
        {
            return Binary(text, charReason);
        }

        return new DecodedText(text, Report(text, form, markLength, body, decoded.Runs), IsBinary: false);
    }

    private static DecodedText Binary(SourceText text, string reason)
    {
        var name = text.Path.Length == 0 ? "the input" : $"'{text.Path}'";
        return new DecodedText(text, [DecodingDiagnostics.BinaryFile.Create(Location.In(text, default), name, reason)], IsBinary: true);
    }

    private static ImmutableArray<Diagnostic> Report(SourceText text, UnicodeForm form, int markLength, ReadOnlySpan<byte> body, ImmutableArray<InvalidRun> runs)
    {
        if (runs.IsEmpty)
        {
            return [];
        }

        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>(Math.Min(runs.Length, MaxReportedRuns + 1));
        foreach (var run in runs.Take(MaxReportedRuns))
        {
            var location = Location.In(text, new TextSpan(run.CharOffset, run.CharLength));
            var offset = markLength + run.ByteOffset;
            var bytes = body.Slice(run.ByteOffset, run.ByteLength);
            diagnostics.Add(form switch
            {
                UnicodeForm.Utf8 => DecodingDiagnostics.InvalidUtf8.Create(location, DescribeBytes(bytes), offset),
                UnicodeForm.Utf16LittleEndian or UnicodeForm.Utf16BigEndian =>
                    DecodingDiagnostics.InvalidCodeUnits.Create(location, "UTF-16", DescribeBytes(bytes), offset),
                _ => DecodingDiagnostics.InvalidCodeUnits.Create(location, "UTF-32", DescribeBytes(bytes), offset),
            });
        }

        if (runs.Length > MaxReportedRuns)
        {
            var first = runs[MaxReportedRuns];
            diagnostics.Add(DecodingDiagnostics.MoreInvalidRuns.Create(
                Location.In(text, new TextSpan(first.CharOffset, first.CharLength)),
                runs.Length - MaxReportedRuns));
        }

        return diagnostics.MoveToImmutable();
    }

    /// <summary>"byte 0xC3" or "bytes 0xE2 0x80", shortened for long runs.</summary>
    private static string DescribeBytes(ReadOnlySpan<byte> bytes)
    {
        var builder = new StringBuilder(bytes.Length == 1 ? "byte" : "bytes");
        foreach (var b in bytes[..Math.Min(bytes.Length, MaxListedBytes)])
        {
            builder.Append(CultureInfo.InvariantCulture, $" 0x{b:X2}");
        }

        if (bytes.Length > MaxListedBytes)
        {
            builder.Append(CultureInfo.InvariantCulture, $" … ({bytes.Length} bytes)");
        }

        return builder.ToString();
    }
}
