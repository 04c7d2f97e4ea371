using System.Collections.Immutable;
using System.Text;
using Dicta.Extraction;
using Dicta.Model.Diagnostics;
using Dicta.Query;
using Dicta.Query.Syntax;

namespace Dicta.Fuzz;

/// <summary>
/// The query target: the input, as UTF-8, is parsed, bound, planned and run on the seed corpus. Invariants: nothing
/// throws; the tree prints back the exact text; its tokens and trivia tile the text in order; every span and every
/// diagnostic lies inside the text; a tree with errors gives a query that does not run.
/// </summary>
internal static class QueryTarget
{
    /// <summary>Built on the first input, so that only the process that fuzzes pays for loading the seeds.</summary>
    private static readonly Lazy<QueryEngine> Engine = new(() =>
        new QueryEngine(new CorpusLoader().LoadSeeds(), new QueryEngineOptions { CacheSize = 0 }));

    /// <summary>Values for the parameters a query may name, so that the binder's parameter paths are reached too.</summary>
    private static readonly Dictionary<string, object?> Parameters = new(StringComparer.Ordinal)
    {
        ["who"] = "Putin",
        ["topic"] = "taiwan",
        ["n"] = 3,
        ["day"] = new DateOnly(2022, 9, 15),
        ["flag"] = true,
        ["nothing"] = null,
    };

    /// <summary>Runs one input.</summary>
    public static void Run(byte[] input)
    {
        var text = Encoding.UTF8.GetString(input);
        var tree = SyntaxTree.Parse(text);
        Invariant.Require(tree.ToFullString() == text, "the tree does not print back its text");
        RequireTiles(tree, text.Length);
        RequireInside(tree.Diagnostics, text.Length, "syntax");

        var prepared = Engine.Value.Prepare(text, Parameters);
        RequireInside(prepared.Diagnostics, text.Length, "binding");
        Invariant.Require(!tree.HasErrors || prepared.HasErrors, "a tree with errors gave a query that runs");

        var result = prepared.Execute();
        RequireInside(result.Diagnostics, text.Length, "execution");
    }

    /// <summary>The tokens' full spans follow one another from 0 to the end; each node's and token's span lies in its full span.</summary>
    private static void RequireTiles(SyntaxTree tree, int length)
    {
        var position = 0;
        foreach (var item in tree.Root.DescendantNodesAndTokensAndSelf())
        {
            Invariant.Require(item.FullSpan.Start <= item.Span.Start && item.Span.End <= item.FullSpan.End && item.FullSpan.End <= length, $"{item.Kind} spans {item.Span} outside its full span {item.FullSpan} or the text");
            if (item.Token is { } token)
            {
                Invariant.Require(token.FullSpan.Start == position, $"the token {token.Kind} starts at {token.FullSpan.Start}, not at {position}");
                position = token.FullSpan.End;
            }
        }

        Invariant.Require(position == length, $"the tokens end at {position}, not at {length}");
    }

    private static void RequireInside(ImmutableArray<Diagnostic> diagnostics, int length, string stage)
    {
        foreach (var diagnostic in diagnostics)
        {
            Invariant.Require(diagnostic.Location.Span.End <= length, $"the {stage} diagnostic {diagnostic.Id} at {diagnostic.Location.Span} lies outside the text");
        }
    }
}
