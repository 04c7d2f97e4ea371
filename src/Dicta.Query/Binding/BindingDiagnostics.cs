using Dicta.Model.Diagnostics;

namespace Dicta.Query.Binding;

/// <summary>
/// The diagnostics of binding a query to the schema (DQ0100–DQ0199). Each message says what is wrong and what
/// would fix it; the last argument of most is a hint such as <c>; did you mean 'speaker'?</c>.
/// </summary>
public static class BindingDiagnostics
{
    /// <summary>The query starts with a name that is no source.</summary>
    public static DiagnosticDescriptor UnknownSource { get; } = new(
        "DQ0100", "Unknown source", "unknown source '{0}'{1}", DiagnosticSeverity.Error);

    /// <summary>A field name the source (or the field before the dot) does not have.</summary>
    public static DiagnosticDescriptor UnknownField { get; } = new(
        "DQ0101", "Unknown field", "unknown field '{0}' of {1}{2}", DiagnosticSeverity.Error);

    /// <summary>A field of another source, or a dot after a field that has no sub-fields.</summary>
    public static DiagnosticDescriptor FieldNotValidHere { get; } = new(
        "DQ0102", "Field not valid here", "{0}", DiagnosticSeverity.Error);

    /// <summary>Two operands that cannot be compared.</summary>
    public static DiagnosticDescriptor TypeMismatch { get; } = new(
        "DQ0103", "Type mismatch", "cannot compare {0} with {1}{2}", DiagnosticSeverity.Error);

    /// <summary>An operator applied to an operand of the wrong type.</summary>
    public static DiagnosticDescriptor OperatorNeedsType { get; } = new(
        "DQ0104", "Wrong operand type", "'{0}' needs {1}; {2} is {3}{4}", DiagnosticSeverity.Error);

    /// <summary>A parameter the host program did not supply.</summary>
    public static DiagnosticDescriptor UnknownParameter { get; } = new(
        "DQ0105", "Unknown parameter", "unknown parameter '${0}'{1}", DiagnosticSeverity.Error);

    /// <summary>A parameter whose value has no query type.</summary>
    public static DiagnosticDescriptor ParameterType { get; } = new(
        "DQ0106", "Parameter of the wrong type", "parameter '${0}' has a value of type {1}; expected text, a number, a date or a boolean", DiagnosticSeverity.Error);

    /// <summary>A limit that is not a positive whole number.</summary>
    public static DiagnosticDescriptor InvalidLimit { get; } = new(
        "DQ0107", "Invalid limit", "limit must be a positive whole number, not {0}", DiagnosticSeverity.Error);

    /// <summary>A clause written twice.</summary>
    public static DiagnosticDescriptor RepeatedClause { get; } = new(
        "DQ0108", "Repeated clause", "the '{0}' clause appears more than once; {1}", DiagnosticSeverity.Error);

    /// <summary>Clauses that cannot go together.</summary>
    public static DiagnosticDescriptor ConflictingClauses { get; } = new(
        "DQ0109", "Clauses that do not fit together", "'{0}' cannot be used with '{1}': {2}", DiagnosticSeverity.Error);

    /// <summary>A value that names no speaker of the corpus; the query runs and finds nothing by it.</summary>
    public static DiagnosticDescriptor UnknownSpeaker { get; } = new(
        "DQ0110", "Unknown speaker", "no speaker named '{0}' in the corpus{1}", DiagnosticSeverity.Warning);

    /// <summary>A value that names no topic of the corpus; the query runs and finds nothing by it.</summary>
    public static DiagnosticDescriptor UnknownTopic { get; } = new(
        "DQ0111", "Unknown topic", "no topic named '{0}' in the corpus{1}", DiagnosticSeverity.Warning);

    /// <summary>A regular expression that does not compile.</summary>
    public static DiagnosticDescriptor InvalidRegex { get; } = new(
        "DQ0112", "Invalid regular expression", "the regex /{0}/ does not compile: {1}", DiagnosticSeverity.Error);

    /// <summary>A regular expression that needs the backtracking engine, and so runs with a time limit.</summary>
    public static DiagnosticDescriptor BacktrackingRegex { get; } = new(
        "DQ0113", "Backtracking regular expression", "the regex /{0}/ needs backtracking (backreferences or lookarounds); it runs with a limit of {1} s per row", DiagnosticSeverity.Info);

    /// <summary>A value where a condition is expected.</summary>
    public static DiagnosticDescriptor NotACondition { get; } = new(
        "DQ0114", "Not a condition", "expected a condition, but {0} is {1}; compare it, as in {2}", DiagnosticSeverity.Error);

    /// <summary>A many-valued field where one value is needed.</summary>
    public static DiagnosticDescriptor ManyValued { get; } = new(
        "DQ0115", "Many-valued field", "{0} has many values per row, so it cannot {1}{2}", DiagnosticSeverity.Error);

    /// <summary>An ordering of a grouped query that is neither a key nor the count.</summary>
    public static DiagnosticDescriptor InvalidGroupOrdering { get; } = new(
        "DQ0116", "Invalid ordering of groups", "a grouped query orders by a group key ({0}) or by count, not by {1}", DiagnosticSeverity.Error);

    /// <summary><c>order by count</c> without <c>group by</c>.</summary>
    public static DiagnosticDescriptor CountWithoutGroup { get; } = new(
        "DQ0117", "Count without groups", "'order by count' needs 'group by': only groups have a count", DiagnosticSeverity.Error);

    /// <summary>Two result columns with one name.</summary>
    public static DiagnosticDescriptor DuplicateColumn { get; } = new(
        "DQ0118", "Duplicate column", "the column name '{0}' is used twice; rename one with 'as'", DiagnosticSeverity.Error);

    /// <summary>A regex literal anywhere but after <c>matches</c>, or a pattern that is not a constant.</summary>
    public static DiagnosticDescriptor MisplacedRegex { get; } = new(
        "DQ0119", "Misplaced regular expression", "{0}", DiagnosticSeverity.Error);

    /// <summary>
    /// A group key written twice (<c>group by topic, (topic)</c>): it adds no groups, and a many-valued key repeated
    /// multiplies the groups each row is counted in, exponentially in the number of repeats.
    /// </summary>
    public static DiagnosticDescriptor RepeatedGroupKey { get; } = new(
        "DQ0120", "Repeated group key", "'{0}' is already a group key; write each key once", DiagnosticSeverity.Error);
}
