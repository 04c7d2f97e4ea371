using Dicta.Model.Diagnostics;

namespace Dicta.Query.Syntax;

/// <summary>The catalog of syntax diagnostics (DQ0001–DQ0099): lexical errors and parse errors.</summary>
public static class SyntaxDiagnostics
{
    /// <summary>DQ0001: characters that start no token.</summary>
    public static DiagnosticDescriptor UnexpectedCharacter { get; } =
        new("DQ0001", "Unexpected character", "unexpected {0} '{1}'", DiagnosticSeverity.Error);

    /// <summary>DQ0002: a string without its closing quote before the end of the line.</summary>
    public static DiagnosticDescriptor UnterminatedString { get; } =
        new("DQ0002", "Unterminated string", "unterminated string; expected a closing {0} before the end of the line", DiagnosticSeverity.Error);

    /// <summary>DQ0003: a backslash followed by something that is not an escape.</summary>
    public static DiagnosticDescriptor InvalidEscape { get; } =
        new("DQ0003", "Invalid escape", "invalid escape '{0}'; expected \\\", \\', \\\\, \\n, \\t, \\r or \\u and four hex digits", DiagnosticSeverity.Error);

    /// <summary>DQ0004: a regular expression without its closing slash before the end of the line.</summary>
    public static DiagnosticDescriptor UnterminatedRegex { get; } =
        new("DQ0004", "Unterminated regular expression", "unterminated regular expression; expected a closing '/' before the end of the line", DiagnosticSeverity.Error);

    /// <summary>DQ0005: a flag letter after a regular expression that is not i, m, s or x.</summary>
    public static DiagnosticDescriptor InvalidRegexFlag { get; } =
        new("DQ0005", "Invalid regular expression flag", "unknown regular expression flag '{0}'; the flags are i, m, s and x", DiagnosticSeverity.Error);

    /// <summary>DQ0006: a slash where no regular expression may stand.</summary>
    public static DiagnosticDescriptor RegexOutsideMatches { get; } =
        new("DQ0006", "Misplaced regular expression", "unexpected '/'; a regular expression /…/ can only follow 'matches'", DiagnosticSeverity.Error);

    /// <summary>DQ0007: a number beyond what a decimal holds.</summary>
    public static DiagnosticDescriptor NumberTooLarge { get; } =
        new("DQ0007", "Number too large", "number too large: '{0}'", DiagnosticSeverity.Error);

    /// <summary>DQ0008: a date-shaped literal that is no calendar date.</summary>
    public static DiagnosticDescriptor InvalidDate { get; } =
        new("DQ0008", "Invalid date", "invalid date '{0}'; expected a calendar date as yyyy-mm-dd", DiagnosticSeverity.Error);

    /// <summary>DQ0009: a dollar sign not followed by a name.</summary>
    public static DiagnosticDescriptor MissingParameterName { get; } =
        new("DQ0009", "Missing parameter name", "expected a parameter name after '$' (a letter, then letters, digits or '_')", DiagnosticSeverity.Error);

    /// <summary>DQ0010: a token the parser expected and did not find.</summary>
    public static DiagnosticDescriptor ExpectedToken { get; } =
        new("DQ0010", "Expected token", "expected {0}", DiagnosticSeverity.Error);

    /// <summary>DQ0011: tokens the parser could not use and skipped.</summary>
    public static DiagnosticDescriptor UnexpectedToken { get; } =
        new("DQ0011", "Unexpected token", "unexpected '{0}'; expected {1}", DiagnosticSeverity.Error);

    /// <summary>DQ0012: an opening parenthesis without its closing one.</summary>
    public static DiagnosticDescriptor UnclosedParenthesis { get; } =
        new("DQ0012", "Unclosed parenthesis", "expected ')' to close the '(' at {0}", DiagnosticSeverity.Error);

    /// <summary>DQ0013: a comparison applied to the result of another (<c>a = b = c</c>).</summary>
    public static DiagnosticDescriptor ChainedComparison { get; } =
        new("DQ0013", "Chained comparison", "comparisons do not chain: '{0}' cannot follow '{1}'; join the two with 'and' or use parentheses", DiagnosticSeverity.Error);

    /// <summary>DQ0014: parentheses or <c>not</c> nested beyond the parser's limit.</summary>
    public static DiagnosticDescriptor NestingTooDeep { get; } =
        new("DQ0014", "Nesting too deep", "nesting too deep: more than {0} levels of parentheses or 'not'; the rest of the query is ignored", DiagnosticSeverity.Error);

    /// <summary>DQ0015: a where clause after another clause.</summary>
    public static DiagnosticDescriptor MisplacedWhere { get; } =
        new("DQ0015", "Misplaced where clause", "the where clause must come right after the source, before any other clause", DiagnosticSeverity.Error);
}
