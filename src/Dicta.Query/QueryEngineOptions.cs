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

    /// <summary>
    /// The time a regular expression that needs backtracking (backreferences, lookarounds) may take on one row before
    /// it counts as no match and the result carries a diagnostic (DQ0200); 1 second by default. Other patterns run on
    /// the linear-time engine and need no limit.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive, or not below 24 days (the most .NET allows).</exception>
    public TimeSpan RegexMatchTimeout
    {
        get;
        init => field = value > TimeSpan.Zero && value.TotalMilliseconds < int.MaxValue
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "The time limit of a regular expression must be positive and below 24 days.");
    } = Binding.QueryRegex.DefaultMatchTimeout;
}
