using Dicta.Model.Text;
using Dicta.Query.Schema;

namespace Dicta.Query.Binding;

/// <summary>
/// An expression checked against the schema: every name resolved to a <see cref="FieldSymbol"/>, every constant
/// typed, every operator resolved for its operand types. The compiler, the interpreter and the planner read only this.
/// </summary>
/// <param name="Type">The type of the expression's value.</param>
/// <param name="Span">Where it lies in the query's text.</param>
public abstract record BoundExpression(QueryType Type, TextSpan Span)
{
    /// <summary>True when a row gives any number of values (a path ending in a many-valued field).</summary>
    public virtual bool IsMany => false;

    /// <summary>True for literals and parameters: values known before any row is read.</summary>
    public virtual bool IsConstant => false;

    /// <summary>The value of a constant (see <see cref="IsConstant"/>); null otherwise.</summary>
    public virtual object? ConstantValue => null;

    /// <summary>The expression as an indented tree, for <c>Explain</c>.</summary>
    public sealed override string ToString() => BoundTreePrinter.Print(this);
}
