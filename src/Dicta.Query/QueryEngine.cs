using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using Dicta.Model;
using Dicta.Query.Binding;
using Dicta.Query.Execution;
using Dicta.Query.Linq;
using Dicta.Query.Schema;
using Dicta.Query.Syntax;

namespace Dicta.Query;

/// <summary>
/// Runs queries on one corpus: <see cref="Execute"/> for an answer, <see cref="Prepare(string, IReadOnlyDictionary{string, object?}?)"/> for a query to run many
/// times, <see cref="Explain"/> to see how it runs. Safe to share between threads; prepared queries are cached by
/// text and parameter values. Nothing here throws for a bad query: its diagnostics come back in the result.
/// </summary>
/// <example>
/// <code>
/// var engine = new QueryEngine(corpus);
/// var result = engine.Execute("statements where speaker = $who and topic = 'taiwan'", new Dictionary&lt;string, object?&gt; { ["who"] = "Putin" });
/// foreach (var statement in result.ItemsOf&lt;Statement&gt;()) Console.WriteLine(statement.Content);
/// </code>
/// </example>
public sealed class QueryEngine
{
    private readonly QueryCache _cache;

    /// <summary>An engine over <paramref name="corpus"/>.</summary>
    public QueryEngine(Corpus corpus, QueryEngineOptions? options = null)
    {
        Corpus = corpus ?? throw new ArgumentNullException(nameof(corpus));
        Options = options ?? QueryEngineOptions.Default;
        _cache = new QueryCache(Options.CacheSize);
    }

    /// <summary>The corpus queries run on.</summary>
    public Corpus Corpus { get; }

    /// <summary>The caching and compilation settings.</summary>
    public QueryEngineOptions Options { get; }

    /// <summary>The sources and fields queries can name.</summary>
    public static QuerySchema Schema => QuerySchema.Default;

    /// <summary>An engine with the same options over another corpus (say, after <c>:load</c>), with a cache of its own.</summary>
    public QueryEngine WithCorpus(Corpus corpus) => new(corpus, Options);

    /// <summary>Parses, binds, plans and runs <paramref name="text"/>.</summary>
    /// <param name="text">The query.</param>
    /// <param name="parameters">Values of <c>$name</c> parameters, by name without the dollar sign: text, numbers, dates, booleans.</param>
    /// <param name="cancellationToken">Stops a long query.</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public QueryResult Execute(string text, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default) =>
        Prepare(text, parameters).Execute(cancellationToken);

    /// <summary>Parses, binds and plans <paramref name="text"/> once, to run many times (from the cache if it was prepared before).</summary>
    /// <param name="text">The query.</param>
    /// <param name="parameters">Values of <c>$name</c> parameters, by name without the dollar sign.</param>
    public PreparedQuery Prepare(string text, IReadOnlyDictionary<string, object?>? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _cache.GetOrAdd(CacheKey(text, parameters), (Engine: this, Text: text, Parameters: parameters),
            static state => state.Engine.PrepareNew(SyntaxTree.Parse(state.Text), state.Parameters));
    }

    /// <summary>
    /// Binds and plans a query parsed beforehand. Parsing needs no corpus, so a program can parse (and report syntax
    /// errors) while its corpus loads, or parse once for engines over several corpora.
    /// </summary>
    /// <param name="syntax">The parsed query (<see cref="SyntaxTree.Parse(string)"/>).</param>
    /// <param name="parameters">Values of <c>$name</c> parameters, by name without the dollar sign.</param>
    public PreparedQuery Prepare(SyntaxTree syntax, IReadOnlyDictionary<string, object?>? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        return _cache.GetOrAdd(CacheKey(syntax.Text.ToString(), parameters), (Engine: this, Syntax: syntax, Parameters: parameters),
            static state => state.Engine.PrepareNew(state.Syntax, state.Parameters));
    }

    /// <summary>
    /// A condition, the text after <c>where</c> (<c>speaker = $who and topic = "taiwan"</c>), as <c>row =&gt; bool</c>
    /// for a program's own LINQ over rows of <typeparamref name="TRow"/> (<see cref="Statement"/>, <see cref="Article"/>,
    /// <see cref="Speaker"/> or <see cref="Topic"/>). Speaker and topic names are resolved in this engine's corpus.
    /// </summary>
    /// <exception cref="QueryException">The condition has errors (located in the condition's text), or goes on to other clauses.</exception>
    /// <exception cref="ArgumentException"><typeparamref name="TRow"/> is not a type queries read.</exception>
    public Expression<Func<TRow, bool>> Predicate<TRow>(string condition, IReadOnlyDictionary<string, object?>? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var source = Schema.GetSource(typeof(TRow))
            ?? throw new ArgumentException($"Queries read {string.Join(", ", Schema.Sources.Select(s => s.ElementType.Name))}, not {typeof(TRow).Name}.", nameof(TRow));
        var prepared = Prepare(ConditionQuery.TextOf(source, condition), parameters);
        var diagnostics = ConditionQuery.Diagnostics(prepared, source, condition);
        if (diagnostics.Any(d => d.IsError))
        {
            throw new QueryException(condition, diagnostics);
        }

        return prepared.Predicate<TRow>();
    }

    /// <summary>The syntax tree, bound tree, plan and compiled expression of <paramref name="text"/>.</summary>
    public QueryExplanation Explain(string text, IReadOnlyDictionary<string, object?>? parameters = null) =>
        QueryExplanation.Of(Prepare(text, parameters));

    private PreparedQuery PrepareNew(SyntaxTree syntax, IReadOnlyDictionary<string, object?>? parameters) =>
        new(syntax, Binder.Bind(syntax, parameters, Corpus, Options.RegexMatchTimeout), Corpus, Options.CompileAfterRuns);

    /// <summary>The text with each parameter's name, type and value: equal keys bind to equal queries.</summary>
    private static string CacheKey(string text, IReadOnlyDictionary<string, object?>? parameters)
    {
        if (parameters is null || parameters.Count == 0)
        {
            return text;
        }

        var key = new StringBuilder(text);
        foreach (var (name, value) in parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            key.Append('\0').Append(name).Append('\0').Append(value?.GetType().FullName).Append('\0')
               .Append(value is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : value?.ToString());
        }

        return key.ToString();
    }
}
