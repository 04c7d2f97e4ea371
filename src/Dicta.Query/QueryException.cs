using System.Collections.Immutable;
using Dicta.Model.Diagnostics;

namespace Dicta.Query;

/// <summary>
/// A query with errors where an answer cannot carry diagnostics: turned into a LINQ predicate or applied to an
/// <see cref="IQueryable{T}"/>. (<see cref="QueryEngine.Execute"/> never throws it: its result holds the diagnostics.)
/// </summary>
public sealed class QueryException : Exception
{
    /// <summary>An exception for <paramref name="diagnostics"/>, the errors of <paramref name="text"/>.</summary>
    public QueryException(string text, ImmutableArray<Diagnostic> diagnostics)
        : base(Describe(text, diagnostics))
    {
        Text = text;
        Diagnostics = diagnostics;
    }

    /// <summary>The query or condition that has errors.</summary>
    public string Text { get; }

    /// <summary>Its diagnostics, with locations in <see cref="Text"/>.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    private static string Describe(string text, ImmutableArray<Diagnostic> diagnostics) =>
        $"The query \"{text}\" has errors:{Environment.NewLine}" +
        string.Join(Environment.NewLine, diagnostics.Where(d => d.IsError).Select(d => "  " + d));
}
