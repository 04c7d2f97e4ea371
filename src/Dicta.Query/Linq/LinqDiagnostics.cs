using Dicta.Model.Diagnostics;

namespace Dicta.Query.Linq;

/// <summary>The diagnostics of using a query from LINQ (DQ0300–DQ0399).</summary>
public static class LinqDiagnostics
{
    /// <summary>A condition (the text after <c>where</c>) followed by a clause of a whole query.</summary>
    public static DiagnosticDescriptor ClauseInCondition { get; } = new(
        "DQ0300",
        "Clause in a condition",
        "a condition cannot have a '{0}' clause; prepare a whole query for order by, limit, select, group by and count",
        DiagnosticSeverity.Error);

    /// <summary>A query whose result is not its rows, applied to an <see cref="IQueryable{T}"/> of rows.</summary>
    public static DiagnosticDescriptor NotRowQuery { get; } = new(
        "DQ0301",
        "Not a query of rows",
        "a query with '{0}' does not return its rows, so it cannot be applied to an IQueryable; run it over the rows with Execute instead",
        DiagnosticSeverity.Error);
}
