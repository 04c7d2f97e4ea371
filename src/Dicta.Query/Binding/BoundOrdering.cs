namespace Dicta.Query.Binding;

/// <summary>One key of <c>order by</c>.</summary>
/// <param name="Expression">The key: a single-valued expression, or in a grouped query a group key or the count.</param>
/// <param name="IsDescending">True for <c>desc</c>. Absent values sort last either way.</param>
public sealed record BoundOrdering(BoundExpression Expression, bool IsDescending);
