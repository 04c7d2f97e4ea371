using System.Collections.Immutable;

namespace Dicta.Query.Execution;

/// <summary>One group of a <c>group by</c>: its key values (null for rows without one) and how many rows it has.</summary>
/// <param name="Keys">The key values, one per key of the clause.</param>
/// <param name="Count">How many rows fell into the group.</param>
public sealed record QueryGroup(ImmutableArray<object?> Keys, int Count);
