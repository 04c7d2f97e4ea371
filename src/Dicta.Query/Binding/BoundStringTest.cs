using Dicta.Model.Text;
using Dicta.Query.Schema;

namespace Dicta.Query.Binding;

/// <summary><c>has</c>, <c>contains</c>, <c>startswith</c>, <c>endswith</c>: text tests, ignoring case; false when absent.</summary>
/// <param name="Left">The text tested; many-valued means "any value".</param>
/// <param name="Operator">The test.</param>
/// <param name="Right">The text looked for.</param>
/// <param name="Span">Where the test lies.</param>
public sealed record BoundStringTest(BoundExpression Left, StringTestOperator Operator, BoundExpression Right, TextSpan Span)
    : BoundExpression(QueryType.Boolean, Span);
