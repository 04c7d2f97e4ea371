namespace Dicta.Extraction.Decoding;

/// <summary>A run of bytes that decoded to nothing valid, and the U+FFFD characters that stand for it.</summary>
/// <param name="ByteOffset">The offset of the run's first byte, counted from the start of the decoded bytes (after any mark).</param>
/// <param name="ByteLength">The number of bytes in the run.</param>
/// <param name="CharOffset">The offset of the first U+FFFD in the decoded text.</param>
/// <param name="CharLength">The number of U+FFFD characters that replace the run.</param>
internal readonly record struct InvalidRun(int ByteOffset, int ByteLength, int CharOffset, int CharLength);
