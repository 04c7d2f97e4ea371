namespace Dicta.Query.Binding;

/// <summary>A named value of each result row: a <c>select</c> item or a <c>group by</c> key.</summary>
/// <param name="Name">The column's name: the alias, else the expression as written.</param>
/// <param name="Expression">The value.</param>
public sealed record BoundColumn(string Name, BoundExpression Expression);
