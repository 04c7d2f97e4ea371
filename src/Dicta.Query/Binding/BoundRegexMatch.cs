using Dicta.Model.Text;
using Dicta.Query.Schema;

namespace Dicta.Query.Binding;

/// <summary><c>matches /pattern/</c>: the text has a match of the expression; false when absent or out of time.</summary>
/// <param name="Left">The text tested; many-valued means "any value".</param>
/// <param name="Regex">The compiled expression.</param>
/// <param name="PatternSpan">Where the pattern lies, for a timeout's diagnostic.</param>
/// <param name="Span">Where the test lies.</param>
public sealed record BoundRegexMatch(BoundExpression Left, QueryRegex Regex, TextSpan PatternSpan, TextSpan Span)
    : BoundExpression(QueryType.Boolean, Span);
