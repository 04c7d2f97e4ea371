using Dicta.Model.Diagnostics;

namespace Dicta.Extraction.Decoding;

/// <summary>
/// The diagnostics of decoding an article file (ids DX01xx). Decoding never throws: undecodable bytes become
/// U+FFFD and a warning, a binary file becomes an error.
/// </summary>
public static class DecodingDiagnostics
{
    /// <summary>The bytes look like a binary file (NUL bytes, control characters, few decodable characters).</summary>
    public static DiagnosticDescriptor BinaryFile { get; } =
        new("DX0101", "Binary file", "{0} looks like a binary file ({1}); it is not read as an article", DiagnosticSeverity.Error);

    /// <summary>A run of bytes that is not valid UTF-8; each maximal invalid sequence became one U+FFFD.</summary>
    public static DiagnosticDescriptor InvalidUtf8 { get; } =
        new("DX0102", "Invalid UTF-8", "invalid UTF-8 {0} at byte offset {1}, replaced by U+FFFD", DiagnosticSeverity.Warning);

    /// <summary>A run of UTF-16 or UTF-32 code units that encode no character (unpaired surrogates, values past U+10FFFF, a truncated unit).</summary>
    public static DiagnosticDescriptor InvalidCodeUnits { get; } =
        new("DX0103", "Invalid code units", "invalid {0} {1} at byte offset {2}, replaced by U+FFFD", DiagnosticSeverity.Warning);

    /// <summary>More runs of undecodable bytes than are worth reporting one by one (a file in a legacy encoding, most often).</summary>
    public static DiagnosticDescriptor MoreInvalidRuns { get; } =
        new("DX0104", "More invalid bytes", "{0} more runs of undecodable bytes were replaced by U+FFFD; is the file in another encoding?", DiagnosticSeverity.Warning);
}
