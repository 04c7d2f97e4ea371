using Dicta.Model.Text;
using Dicta.Query.Schema;

namespace Dicta.Query.Binding;

/// <summary>In a grouped query's <c>order by</c>: one of the group keys.</summary>
/// <param name="Index">The position of the key in <see cref="BoundQuery.GroupKeys"/>.</param>
/// <param name="Type">The key's type.</param>
/// <param name="Span">Where the ordering names it.</param>
public sealed record BoundGroupKeyReference(int Index, QueryType Type, TextSpan Span) : BoundExpression(Type, Span);
