using System.Buffers;
using System.Globalization;
using System.Text.Unicode;

namespace Dicta.Extraction.Decoding;

/// <summary>
/// Tells binary files from text by looking at their start: NUL characters, a high share of control characters,
/// or (for UTF-8) a high share of bytes that are not UTF-8. Text in a legacy single-byte encoding has a few
/// undecodable bytes and stays text; images, archives and executables do not.
/// </summary>
internal static class BinarySniffer
{
    /// <summary>How much of the start is looked at, in bytes (UTF-8) or characters (UTF-16, UTF-32).</summary>
    public const int SampleLength = 8192;

    /// <summary>The share of control characters, in percent, above which the input is binary.</summary>
    private const int ControlPercent = 10;

    /// <summary>The share of undecodable bytes or characters, in percent, above which the input is binary.</summary>
    private const int InvalidPercent = 30;

    /// <summary>
    /// The undecodable share is only judged on a sample at least this long: a short text with two accented
    /// letters in Latin-1 is a high share of a few bytes, and still text.
    /// </summary>
    private const int MinInvalidSample = 256;

    /// <summary>The bytes below 0x80 that <see cref="IsControl"/> holds for (NUL is ruled out before they are counted).</summary>
    private static readonly SearchValues<byte> ControlBytes = SearchValues.Create(
        [.. Enumerable.Range(0, 0x80).Where(b => IsControl((char)b)).Select(b => (byte)b)]);

    /// <summary>Why UTF-8 <paramref name="bytes"/> look binary, or null when they look like text.</summary>
    public static string? ReasonFromBytes(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, SampleLength)];
        if (sample.Contains((byte)0))
        {
            return "it contains NUL bytes";
        }

        // Bytes from 0x80 up are parts of multi-byte sequences in UTF-8, not C1 controls. Text has few controls or
        // none, so a vectorized search for the next one nearly always ends the count at once.
        var controls = 0;
        for (var rest = sample; rest.IndexOfAny(ControlBytes) is var next and >= 0; rest = rest[(next + 1)..])
        {
            controls++;
        }

        if (IsHighShare(controls, sample.Length, ControlPercent))
        {
            return Share(controls, sample.Length, "bytes", "control characters");
        }

        // Valid UTF-8 (nearly every file) has no invalid runs: it is not decoded just to find none.
        var invalid = 0;
        foreach (var run in Utf8.IsValid(sample) ? [] : Utf8Decoder.Decode(sample).Runs)
        {
            // A sequence cut by the end of the sample is not evidence of anything.
            var cutBySample = sample.Length < bytes.Length && run.ByteOffset + run.ByteLength == sample.Length && run.ByteLength < 4;
            invalid += cutBySample ? 0 : run.ByteLength;
        }

        return sample.Length >= MinInvalidSample && IsHighShare(invalid, sample.Length, InvalidPercent)
            ? Share(invalid, sample.Length, "bytes", "not UTF-8")
            : null;
    }

    /// <summary>Why decoded UTF-16 or UTF-32 <paramref name="text"/> looks binary, or null when it looks like text.</summary>
    public static string? ReasonFromChars(ReadOnlySpan<char> text)
    {
        var sample = text[..Math.Min(text.Length, SampleLength)];
        if (sample.Contains('\0'))
        {
            return "it contains NUL characters";
        }

        int controls = 0, invalid = 0;
        foreach (var c in sample)
        {
            controls += IsControl(c) ? 1 : 0;
            invalid += c == '\uFFFD' ? 1 : 0;
        }

        if (IsHighShare(controls, sample.Length, ControlPercent))
        {
            return Share(controls, sample.Length, "characters", "control characters");
        }

        return sample.Length >= MinInvalidSample && IsHighShare(invalid, sample.Length, InvalidPercent)
            ? Share(invalid, sample.Length, "characters", "undecodable")
            : null;
    }

    /// <summary>C0 controls other than the white space text uses, DEL, and the C1 controls (NEL excepted: it ends lines).</summary>
    private static bool IsControl(char c) =>
        c is (< ' ' and not ('\t' or '\n' or '\v' or '\f' or '\r')) or '\u007F' or (>= '\u0080' and <= '\u009F' and not '\u0085');

    private static bool IsHighShare(int count, int total, int percent) => total > 0 && count * 100L > total * (long)percent;

    private static string Share(int count, int total, string unit, string what) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} of its first {total} {unit} are {what}");
}
