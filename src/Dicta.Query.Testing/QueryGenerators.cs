using Dicta.Query.Binding;
using Dicta.Query.Syntax;
using Dicta.Query.Testing.Generation;
using FsCheck;
using FsCheck.Fluent;

namespace Dicta.Query.Testing;

/// <summary>
/// FsCheck generators of query syntax trees and query text. Trees are generated as text, with random white space,
/// line breaks, comments and keyword case, and parsed; they shrink with <see cref="QueryShrinker"/> (fewer clauses,
/// subexpressions, shorter lists, no trivia).
/// </summary>
/// <example>
/// <code>
/// [Property]
/// public Property My_queries_agree() =&gt;
///     Prop.ForAll(QueryGenerators.Queries(), CorpusGenerators.Corpora(), QueryProperties.EnginesAgree);
/// </code>
/// </example>
public static class QueryGenerators
{
    /// <summary>
    /// Well-typed queries: every source of the options, conditions with every operator on fields of the right type
    /// (<c>=</c>, <c>!=</c>, <c>&lt;</c> … <c>&gt;=</c>, <c>in</c>, <c>between</c>, <c>has</c>, <c>contains</c>,
    /// <c>startswith</c>, <c>endswith</c>, <c>matches</c>), <c>not</c>, <c>and</c>, <c>or</c>, parentheses and
    /// parameters, and select, group by, order by, count and limit clauses that fit together. They parse without
    /// diagnostics and bind without errors (given <see cref="QueryGenerationOptions.Parameters"/>).
    /// </summary>
    /// <param name="options">What the queries are about; <see cref="QueryGenerationOptions.Default"/> when null.</param>
    /// <remarks>They shrink only to queries that still bind without errors, so a counterexample stays a query that runs.</remarks>
    public static Arbitrary<SyntaxTree> Queries(QueryGenerationOptions? options = null)
    {
        var chosen = options ?? QueryGenerationOptions.Default;
        return Arb.From(
            Generate(chosen, typed: true).Select(q => SyntaxTree.Parse(q.Text)),
            tree => QueryShrinker.Shrink(tree).Where(smaller => !Binder.Bind(smaller, chosen.Parameters).HasErrors));
    }

    /// <summary>
    /// Well-formed queries that need not make sense: known and unknown names, fields of other sources, values of any
    /// type on either side of any operator, repeated and conflicting clauses. They parse without diagnostics; most do
    /// not bind. For testing that binding reports instead of throwing.
    /// </summary>
    /// <param name="options">What the queries are about; <see cref="QueryGenerationOptions.Default"/> when null.</param>
    public static Arbitrary<SyntaxTree> WellFormedQueries(QueryGenerationOptions? options = null) =>
        Arb.From(Generate(options ?? QueryGenerationOptions.Default, typed: false).Select(q => SyntaxTree.Parse(q.Text)), QueryShrinker.Shrink);

    /// <summary>
    /// Text that is mostly not a query: any string, soups of query fragments and odd characters (lone surrogates,
    /// controls, other scripts), and near misses (a generated query with tokens deleted, doubled, swapped or replaced,
    /// stray characters inserted, or cut short). Shrinks as strings do.
    /// </summary>
    /// <param name="options">What the near misses start from; <see cref="QueryGenerationOptions.Default"/> when null.</param>
    public static Arbitrary<string> QueryText(QueryGenerationOptions? options = null)
    {
        var valid = Generate(options ?? QueryGenerationOptions.Default, typed: false).Select(q => q.Text);
        var text = Gen.Frequency(
            (2, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty)),
            (2, TextMutator.Soup),
            (5, valid.SelectMany(TextMutator.Mutate)));
        return Arb.From(text, ArbMap.Default.ArbFor<string>().Shrinker);
    }

    /// <summary>Generated queries with the shape their where condition must parse to: for testing the generator and the parser together.</summary>
    internal static Gen<GeneratedQuery> Generate(QueryGenerationOptions options, bool typed) =>
        new QueryGenerator(options, typed).Query();
}
