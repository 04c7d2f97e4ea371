using System.Collections.Immutable;
using Dicta.Model.Text;

namespace Dicta.Query.Binding;

/// <summary>A path of fields from the row: <c>speaker</c>, <c>speaker.country</c>, <c>article.date</c>.</summary>
/// <param name="Path">The fields from the row's own to the last sub-field; never empty.</param>
/// <param name="Span">Where the path lies.</param>
public sealed record BoundFieldAccess(ImmutableArray<Schema.FieldSymbol> Path, TextSpan Span)
    : BoundExpression(Path[^1].Type, Span)
{
    /// <summary>The last field of the path.</summary>
    public Schema.FieldSymbol Field => Path[^1];

    /// <inheritdoc/>
    public override bool IsMany => Path.Any(f => f.IsMany);

    /// <summary>The path as a query writes it: <c>speaker.country</c>.</summary>
    public string PathText => string.Join('.', Path.Select(f => f.Name));
}
