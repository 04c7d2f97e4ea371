namespace Dicta.Model.Diagnostics;

/// <summary>How much a diagnostic matters to the reader.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; nothing is wrong.</summary>
    Info,

    /// <summary>Something is doubtful; the result may be incomplete or ambiguous.</summary>
    Warning,

    /// <summary>Something could not be read or run; what it concerns was skipped.</summary>
    Error,
}
