using Dicta.Model.Text;
using Dicta.Query.Schema;

namespace Dicta.Query.Binding;

/// <summary><c>not</c> of a condition.</summary>
/// <param name="Operand">The condition negated.</param>
/// <param name="Span">Where the expression lies.</param>
public sealed record BoundNotExpression(BoundExpression Operand, TextSpan Span) : BoundExpression(QueryType.Boolean, Span);
