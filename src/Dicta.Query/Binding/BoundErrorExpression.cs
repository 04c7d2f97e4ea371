using Dicta.Model.Text;
using Dicta.Query.Schema;

namespace Dicta.Query.Binding;

/// <summary>An expression that did not bind; a diagnostic says why. A query holding one is not run.</summary>
/// <param name="Span">Where the expression lies.</param>
public sealed record BoundErrorExpression(TextSpan Span) : BoundExpression(QueryType.Error, Span);
