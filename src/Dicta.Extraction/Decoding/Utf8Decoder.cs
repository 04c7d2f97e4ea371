using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using System.Text.Unicode;

namespace Dicta.Extraction.Decoding;

/// <summary>
/// Decodes UTF-8, replacing each maximal invalid subsequence by one U+FFFD (the Unicode recommendation, and what
/// <see cref="Encoding.UTF8"/> does) and recording where the invalid runs were.
/// </summary>
internal static class Utf8Decoder
{
    /// <summary>Decodes <paramref name="bytes"/>; never throws.</summary>
    public static DecodedChars Decode(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return new DecodedChars(Encoding.UTF8.GetString(bytes), []);
        }

        // UTF-8 never takes fewer bytes than the UTF-16 it decodes to, and each invalid subsequence of at least
        // one byte becomes one char, so the text fits in as many chars as there are bytes.
        var chars = new char[bytes.Length];
        var written = 0;
        var position = 0;
        var runs = ImmutableArray.CreateBuilder<InvalidRun>();
        while (position < bytes.Length)
        {
            Utf8.ToUtf16(bytes[position..], chars.AsSpan(written), out var read, out var produced, replaceInvalidSequences: false);
            position += read;
            written += produced;
            if (position >= bytes.Length)
            {
                break;
            }

            var runStart = position;
            var charStart = written;
            while (position < bytes.Length && Rune.DecodeFromUtf8(bytes[position..], out _, out var consumed) != OperationStatus.Done)
            {
                chars[written++] = '\uFFFD';
                position += consumed;
            }

            runs.Add(new InvalidRun(runStart, position - runStart, charStart, written - charStart));
        }

        return new DecodedChars(new string(chars, 0, written), runs.ToImmutable());
    }
}
