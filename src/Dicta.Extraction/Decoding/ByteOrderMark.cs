namespace Dicta.Extraction.Decoding;

/// <summary>Tells the encoding form from a byte order mark at the start of the bytes.</summary>
internal static class ByteOrderMark
{
    /// <summary>The form the mark announces (UTF-8 when there is none) and the mark's length in bytes.</summary>
    /// <remarks>The UTF-32 LE mark is tested before the UTF-16 LE mark it starts with.</remarks>
    public static (UnicodeForm Form, int Length) Detect(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (UnicodeForm.Utf8, 3),
        [0xFF, 0xFE, 0x00, 0x00, ..] => (UnicodeForm.Utf32LittleEndian, 4),
        [0x00, 0x00, 0xFE, 0xFF, ..] => (UnicodeForm.Utf32BigEndian, 4),
        [0xFF, 0xFE, ..] => (UnicodeForm.Utf16LittleEndian, 2),
        [0xFE, 0xFF, ..] => (UnicodeForm.Utf16BigEndian, 2),
        _ => (UnicodeForm.Utf8, 0),
    };
}
