using Dicta.Model.Diagnostics;

namespace Dicta.Query.Execution;

/// <summary>The diagnostics of running a query (DQ0200–DQ0299).</summary>
public static class ExecutionDiagnostics
{
    /// <summary>A regular expression that the linear-time engine could not run took too long on a row.</summary>
    public static DiagnosticDescriptor RegexTimeout { get; } = new(
        "DQ0200",
        "Regular expression timed out",
        "the regex /{0}/ took longer than {1} s on a row, which counts as not matching; simplify the pattern (avoid backreferences and lookarounds) so that it runs in linear time",
        DiagnosticSeverity.Warning);
}
