using Dicta.Model.Text;
using Dicta.Query.Schema;

namespace Dicta.Query.Binding;

/// <summary>A parameter (<c>$who</c>) with the value the host program supplied, converted to a query type.</summary>
/// <param name="Name">The name without the dollar sign.</param>
/// <param name="Value">The value, of the CLR type of <paramref name="Type"/>.</param>
/// <param name="Type">Its type.</param>
/// <param name="Span">Where it lies.</param>
public sealed record BoundParameter(string Name, object Value, QueryType Type, TextSpan Span) : BoundExpression(Type, Span)
{
    /// <inheritdoc/>
    public override bool IsConstant => true;

    /// <inheritdoc/>
    public override object? ConstantValue => Value;
}
