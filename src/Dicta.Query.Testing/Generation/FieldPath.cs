using System.Collections.Immutable;
using Dicta.Query.Schema;

namespace Dicta.Query.Testing.Generation;

/// <summary>A path a generated query names: <c>speaker.country</c>; <see cref="Field"/> is null for a name the schema does not have.</summary>
/// <param name="Names">The names, in their schema spelling.</param>
/// <param name="Field">The field the path ends on, or null.</param>
/// <param name="IsMany">True when a step of the path has many values per row.</param>
internal sealed record FieldPath(ImmutableArray<string> Names, FieldSymbol? Field, bool IsMany)
{
    /// <summary>The type of the path's values; <see cref="QueryType.Error"/> for unknown names.</summary>
    public QueryType Type => Field?.Type ?? QueryType.Error;

    /// <summary>The path as written: <c>speaker.country</c>.</summary>
    public string Text => string.Join('.', Names);

    /// <summary>Every path of <paramref name="source"/>: its fields, and the sub-fields of those that are not many-valued.</summary>
    public static ImmutableArray<FieldPath> Of(SourceSymbol source) =>
    [
        .. source.Fields.SelectMany(field => field.Fields.IsEmpty || field.IsMany
            ? [new FieldPath([field.Name], field, field.IsMany)]
            : field.Fields.Select(sub => new FieldPath([field.Name, sub.Name], sub, sub.IsMany)).Prepend(new FieldPath([field.Name], field, false))),
    ];

    /// <summary>The path as text.</summary>
    public override string ToString() => Text;
}
