using Dicta.Model.Text;
using Dicta.Query.Schema;

namespace Dicta.Query.Binding;

/// <summary><c>x between a and b</c>: <c>a &lt;= x and x &lt;= b</c>, bounds included; <c>not between</c> is its negation.</summary>
/// <param name="Left">The value tested; many-valued means "any value".</param>
/// <param name="Lower">The lower bound.</param>
/// <param name="Upper">The upper bound.</param>
/// <param name="IsNegated">True for <c>not between</c>.</param>
/// <param name="Span">Where the expression lies.</param>
public sealed record BoundBetweenExpression(BoundExpression Left, BoundExpression Lower, BoundExpression Upper, bool IsNegated, TextSpan Span)
    : BoundExpression(QueryType.Boolean, Span);
