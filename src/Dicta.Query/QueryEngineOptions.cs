namespace Dicta.Query;

/// <summary>How a <see cref="QueryEngine"/> caches and runs queries.</summary>
public sealed record QueryEngineOptions
{
    /// <summary>The defaults: a cache of 256 prepared queries, compiled from their second run.</summary>
    public static QueryEngineOptions Default { get; } = new();

    /// <summary>
    /// How many prepared queries (by text and parameter values) the engine keeps, so that a query typed again or run
    /// in a loop is neither parsed nor compiled again. Zero turns the cache off.
    /// </summary>
    public int CacheSize { get; init; } = 256;

    /// <summary>
    /// After how many runs of a prepared query its compiled form is built and used. Compiling an expression tree costs
    /// far more than interpreting the bound tree once, and pays off only when the query runs again or scans many rows:
    /// one-off queries are interpreted (<see cref="Execution.QueryInterpreter"/>), repeated ones compiled
    /// (<see cref="Execution.QueryCompiler"/>). 0 compiles before the first run.
    /// </summary>
    public int CompileAfterRuns { get; init; } = 1;
}
