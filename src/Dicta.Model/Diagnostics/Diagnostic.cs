using System.Globalization;

namespace Dicta.Model.Diagnostics;

/// <summary>
/// A problem or remark about some input, with where it lies. Bad input yields diagnostics, not exceptions:
/// loading and querying go on, and the diagnostics travel with the article, corpus or query they concern.
/// </summary>
/// <param name="Id">The stable identifier of the kind of problem (for example <c>DX0001</c>).</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Message">What a person can act on.</param>
/// <param name="Location">Where it lies; <see cref="Location.None"/> when nowhere in particular.</param>
public sealed record Diagnostic(string Id, DiagnosticSeverity Severity, string Message, Location Location)
{
    /// <summary>True for <see cref="DiagnosticSeverity.Error"/>.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The diagnostic as compilers print it: <c>path(line,col): error DX0001: message</c>.</summary>
    public override string ToString()
    {
        var severity = Severity.ToString().ToLower(CultureInfo.InvariantCulture);
        var where = Location.ToString();
        return where.Length == 0 ? $"{severity} {Id}: {Message}" : $"{where}: {severity} {Id}: {Message}";
    }
}
