namespace Dicta.Query.Execution;

/// <summary>What a <see cref="QueryResult"/> holds.</summary>
public enum QueryResultKind
{
    /// <summary>Nothing: the query has errors and was not run.</summary>
    NotRun,

    /// <summary>The rows themselves (<see cref="QueryResult.Items"/>): statements, articles, speakers or topics.</summary>
    Items,

    /// <summary>Projected rows with named columns (<see cref="QueryResult.Rows"/>), from <c>select</c>.</summary>
    Rows,

    /// <summary>One row per group with its keys and count (<see cref="QueryResult.Groups"/>), from <c>group by</c>.</summary>
    Groups,

    /// <summary>One number (<see cref="QueryResult.Count"/>), from <c>count</c>.</summary>
    Count,
}
