namespace Dicta.Extraction.Decoding;

/// <summary>The Unicode encoding forms the decoder reads.</summary>
internal enum UnicodeForm
{
    /// <summary>UTF-8, with or without a byte order mark: the default when no mark says otherwise.</summary>
    Utf8,

    /// <summary>UTF-16, little-endian (mark FF FE).</summary>
    Utf16LittleEndian,

    /// <summary>UTF-16, big-endian (mark FE FF).</summary>
    Utf16BigEndian,

    /// <summary>UTF-32, little-endian (mark FF FE 00 00).</summary>
    Utf32LittleEndian,

    /// <summary>UTF-32, big-endian (mark 00 00 FE FF).</summary>
    Utf32BigEndian,
}
