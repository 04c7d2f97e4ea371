using Dicta.Model.Diagnostics;

namespace Dicta.Extraction.Lexicons;

/// <summary>
/// The diagnostics of loading a lexicon file (ids DX09xx). A broken file never throws: what can be read is
/// kept, and each problem is reported where it lies.
/// </summary>
public static class LexiconDiagnostics
{
    /// <summary>The file could not be opened or read.</summary>
    public static DiagnosticDescriptor FileUnreadable { get; } =
        new("DX0901", "Lexicon unreadable", "the lexicon '{0}' could not be read: {1}", DiagnosticSeverity.Error);

    /// <summary>The file is not valid JSON; nothing after the error is read.</summary>
    public static DiagnosticDescriptor InvalidJson { get; } =
        new("DX0902", "Invalid JSON", "the lexicon is not valid JSON: {0}", DiagnosticSeverity.Error);

    /// <summary>A value has the wrong JSON type; the entry or value it belongs to was skipped.</summary>
    public static DiagnosticDescriptor WrongType { get; } =
        new("DX0903", "Wrong type", "'{0}' should be {1}, not {2}; it was skipped", DiagnosticSeverity.Error);

    /// <summary>An entry lacks a required property; the entry was skipped.</summary>
    public static DiagnosticDescriptor MissingProperty { get; } =
        new("DX0904", "Missing property", "the {0} has no '{1}'; it was skipped", DiagnosticSeverity.Error);

    /// <summary>A property the lexicon does not know, most often a misspelling; it was ignored.</summary>
    public static DiagnosticDescriptor UnknownProperty { get; } =
        new("DX0905", "Unknown property", "unknown property '{0}' in the {1} was ignored (known: {2})", DiagnosticSeverity.Warning);

    /// <summary>A value has the right type but cannot be used (an empty term, a bad date, an unknown reference).</summary>
    public static DiagnosticDescriptor InvalidValue { get; } =
        new("DX0906", "Invalid value", "{0}; it was skipped", DiagnosticSeverity.Error);

    /// <summary>Two entries of one file define the same thing; the later one wins.</summary>
    public static DiagnosticDescriptor DuplicateEntry { get; } =
        new("DX0907", "Duplicate entry", "'{0}' is defined twice in the file; the later definition wins", DiagnosticSeverity.Warning);

    /// <summary>An entry refers to something neither its file nor the lexicon it extends defines; the reference is kept but may not resolve.</summary>
    public static DiagnosticDescriptor UnknownReference { get; } =
        new("DX0908", "Unknown reference", "'{0}' is not a {1} of this file or of the default lexicon; phrases that need it are not made", DiagnosticSeverity.Warning);
}
