using System.Collections.Immutable;
using Dicta.Model.Text;
using Dicta.Query.Schema;

namespace Dicta.Query.Binding;

/// <summary><c>x in (a, b)</c>: <c>x = a or x = b</c>; <c>not in</c> is its negation.</summary>
/// <param name="Left">The value tested; many-valued means "any value".</param>
/// <param name="Values">The candidates, each comparable with <paramref name="Left"/> by <c>=</c>.</param>
/// <param name="IsNegated">True for <c>not in</c>.</param>
/// <param name="Span">Where the expression lies.</param>
public sealed record BoundInExpression(BoundExpression Left, ImmutableArray<BoundExpression> Values, bool IsNegated, TextSpan Span)
    : BoundExpression(QueryType.Boolean, Span);
