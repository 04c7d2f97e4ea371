using Dicta.Model.Text;
using Dicta.Query.Schema;

namespace Dicta.Query.Binding;

/// <summary>
/// A constant written in the query: a string, number (<see cref="decimal"/>), date (<see cref="DateOnly"/>)
/// or boolean. Text the other operand needs as a date or number has already been converted.
/// </summary>
/// <param name="Value">The value, of the CLR type of <paramref name="Type"/>.</param>
/// <param name="Type">Its type.</param>
/// <param name="Span">Where it lies.</param>
public sealed record BoundLiteral(object Value, QueryType Type, TextSpan Span) : BoundExpression(Type, Span)
{
    /// <inheritdoc/>
    public override bool IsConstant => true;

    /// <inheritdoc/>
    public override object? ConstantValue => Value;
}
