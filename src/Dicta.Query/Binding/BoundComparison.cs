using Dicta.Model.Text;
using Dicta.Query.Schema;

namespace Dicta.Query.Binding;

/// <summary>
/// A comparison. The binder puts the field on the left (<c>"x" = topic</c> becomes <c>topic = "x"</c>); the right side
/// is never many-valued. When the left side is a symbol the right side is text that names it; otherwise both
/// sides have the same type. Absent values make every comparison false except <c>!=</c>, which is its negation.
/// </summary>
/// <param name="Left">The value compared; many-valued means "any value".</param>
/// <param name="Operator">The operator.</param>
/// <param name="Right">What it is compared with.</param>
/// <param name="Span">Where the comparison lies.</param>
public sealed record BoundComparison(BoundExpression Left, ComparisonOperator Operator, BoundExpression Right, TextSpan Span)
    : BoundExpression(QueryType.Boolean, Span);
