using Dicta.Model.Text;
using Dicta.Query.Schema;

namespace Dicta.Query.Binding;

/// <summary>In a grouped query's <c>order by</c>: the number of rows in the group.</summary>
/// <param name="Span">Where the ordering names it.</param>
public sealed record BoundCountReference(TextSpan Span) : BoundExpression(QueryType.Number, Span);
