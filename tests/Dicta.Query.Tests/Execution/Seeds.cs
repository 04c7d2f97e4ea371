using System.Globalization;
using System.Collections.Immutable;
using Dicta.Extraction;
using Dicta.Model;
using Dicta.Query.Binding;
using Dicta.Query.Execution;
using Dicta.Query.Syntax;

namespace Dicta.Query.Tests.Execution;

/// <summary>The seed corpus, loaded once, and helpers that run a query every way the engine can.</summary>
internal static class Seeds
{
    private static readonly Lazy<Corpus> Lazy = new(() => new CorpusLoader().LoadSeeds());

    public static Corpus Corpus => Lazy.Value;

    public static BoundQuery Bind(string text, IReadOnlyDictionary<string, object?>? parameters = null)
    {
        var query = Binder.Bind(SyntaxTree.Parse(text), parameters, Corpus);
        Assert.False(query.HasErrors, string.Join(Environment.NewLine, query.Diagnostics));
        return query;
    }

    /// <summary>Runs the query interpreted (scan and planned) and compiled (scan and planned), asserts the four agree, and returns the answer.</summary>
    public static QueryResult Run(string text, IReadOnlyDictionary<string, object?>? parameters = null) => RunAllWays(Bind(text, parameters));

    public static QueryResult RunAllWays(BoundQuery query)
    {
        var interpreted = QueryInterpreter.Execute(query, Corpus);
        var plan = QueryPlanner.Plan(query);
        var interpretedPlanned = QueryInterpreter.Execute(query, plan, Corpus);
        var compiled = QueryCompiler.Compile(query);
        var compiledPlanned = compiled.Execute(Corpus);
        var compiledScan = compiled.ExecuteScan(Corpus);

        var expected = Describe(interpreted);
        Assert.Equal(expected, Describe(interpretedPlanned));
        Assert.Equal(expected, Describe(compiledPlanned));
        Assert.Equal(expected, Describe(compiledScan));
        return interpreted;
    }

    /// <summary>A result as text, one row a line, values in a canonical form: equal texts mean equal answers.</summary>
    public static string Describe(QueryResult result) => result.Kind switch
    {
        QueryResultKind.Items => string.Join('\n', result.Items.Select(Format)),
        QueryResultKind.Rows => string.Join('\n', result.Rows.Select(r => string.Join(" | ", r.Values.Select(Format)))),
        QueryResultKind.Groups => string.Join('\n', result.Groups.Select(g => string.Join(" | ", g.Keys.Select(Format)) + " : " + g.Count.ToString(CultureInfo.InvariantCulture))),
        QueryResultKind.Count => result.Count!.Value.ToString(CultureInfo.InvariantCulture),
        _ => "not run: " + string.Join("; ", result.Diagnostics),
    };

    public static string Format(object? value) => value switch
    {
        null => "∅",
        Statement s => $"{s.Article.Id}@{s.ContentSpan}",
        ImmutableArray<object> many => "[" + string.Join(", ", many.Select(Format)) + "]",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    public static ImmutableArray<Statement> Statements(QueryResult result)
    {
        Assert.Equal(QueryResultKind.Items, result.Kind);
        return result.ItemsOf<Statement>();
    }
}
