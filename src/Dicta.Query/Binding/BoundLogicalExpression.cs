using Dicta.Model.Text;
using Dicta.Query.Schema;

namespace Dicta.Query.Binding;

/// <summary><c>and</c> or <c>or</c> of two conditions, evaluated left to right with short circuit.</summary>
/// <param name="Left">The first condition.</param>
/// <param name="Operator">And or or.</param>
/// <param name="Right">The second condition.</param>
/// <param name="Span">Where the expression lies.</param>
public sealed record BoundLogicalExpression(BoundExpression Left, LogicalOperator Operator, BoundExpression Right, TextSpan Span)
    : BoundExpression(QueryType.Boolean, Span);
