using System.Collections.Immutable;
using Dicta.Model.Text;
using Dicta.Query.Schema;

namespace Dicta.Query.Binding;

/// <summary>
/// <c>and</c> or <c>or</c> of any number of conditions, evaluated left to right with short circuit. A whole chain of
/// one operator (<c>a or b or c</c>) is one node, so that a long chain makes a wide tree, not a deep one: nothing that
/// walks the tree recurses once per operand. An <c>and</c> of no operands holds; an <c>or</c> of none does not.
/// </summary>
/// <param name="Operator">And or or.</param>
/// <param name="Operands">The conditions, in the order they are written and tested.</param>
/// <param name="Span">Where the expression lies.</param>
public sealed record BoundLogicalExpression(LogicalOperator Operator, ImmutableArray<BoundExpression> Operands, TextSpan Span)
    : BoundExpression(QueryType.Boolean, Span)
{
    /// <summary>The conditions, in the order they are written and tested (empty, never default).</summary>
    public ImmutableArray<BoundExpression> Operands { get; init; } = Operands.IsDefault ? [] : Operands;
}
