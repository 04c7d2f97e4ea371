using System.Globalization;

namespace Dicta.Model.Diagnostics;

/// <summary>
/// The kind of a diagnostic: a stable id (for example <c>DX0001</c>), a severity and a message format.
/// Each layer declares its own descriptors; the id prefix says which layer (DX extraction, DQ query, DC command line).
/// </summary>
/// <param name="Id">The stable identifier users search for and filter on.</param>
/// <param name="Title">A short name for the kind of problem.</param>
/// <param name="MessageFormat">A composite format string for <see cref="string.Format(IFormatProvider, string, object[])"/>.</param>
/// <param name="Severity">The default severity.</param>
public sealed record DiagnosticDescriptor(string Id, string Title, string MessageFormat, DiagnosticSeverity Severity)
{
    /// <summary>Creates a diagnostic of this kind at <paramref name="location"/>.</summary>
    public Diagnostic Create(Location location, params object?[] arguments) =>
        new(Id, Severity, string.Format(CultureInfo.InvariantCulture, MessageFormat, arguments), location);
}
