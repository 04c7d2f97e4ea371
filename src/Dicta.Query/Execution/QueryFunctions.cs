using System.Collections.Immutable;

namespace Dicta.Query.Execution;

/// <summary>
/// What the executor needs of a bound query to run it, however it was made (interpreted or compiled): the row
/// test, and the value of each group key, ordering and column.
/// </summary>
/// <param name="Filter">True for the rows that pass <c>where</c> (or the plan's residual); null keeps every row.</param>
/// <param name="GroupKeys">One per <c>group by</c> key.</param>
/// <param name="OrderKeys">One per <c>order by</c> key of an ungrouped query.</param>
/// <param name="Columns">One per <c>select</c> item.</param>
internal sealed record QueryFunctions(
    Func<QueryContext, object, bool>? Filter,
    ImmutableArray<Func<QueryContext, object, object?>> GroupKeys,
    ImmutableArray<Func<QueryContext, object, object?>> OrderKeys,
    ImmutableArray<Func<QueryContext, object, object?>> Columns);
