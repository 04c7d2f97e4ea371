using System.Text;
using Dicta.Model;
using Dicta.Model.Text;
using Dicta.Query.Binding;
using Dicta.Query.Execution;
using Dicta.Query.Syntax;
using FsCheck;
using FsCheck.Fluent;

namespace Dicta.Query.Testing;

/// <summary>
/// The properties every query and every grammar extension should keep, as one-line checks for FsCheck: a failing
/// check says why in its label, and FsCheck prints it with the counterexample and the seed to replay it. Exceptions
/// are not caught: FsCheck reports them as failures, with the seed.
/// </summary>
public static class QueryProperties
{
    /// <summary>
    /// A tree without syntax errors prints (<see cref="SyntaxPrinter.Print"/>) to text that parses, without diagnostics,
    /// to an equivalent tree (<see cref="SyntaxNode.IsEquivalentTo"/>: the same nodes and tokens, whatever the trivia
    /// and keyword case), which prints the same again; and the tree's full text is the text it was parsed from.
    /// </summary>
    public static Property RoundTrips(SyntaxTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var printed = SyntaxPrinter.Print(tree.Root);
        var reparsed = SyntaxTree.Parse(printed);
        var ok = !tree.HasErrors
            && tree.ToFullString() == tree.Text.ToString()
            && reparsed.Diagnostics.IsEmpty
            && reparsed.Root.IsEquivalentTo(tree.Root)
            && SyntaxPrinter.Print(reparsed.Root) == printed;
        return ok.Label($"printed: {printed}\nreparsed with {reparsed.Diagnostics.Length} diagnostics: {string.Join("; ", reparsed.Diagnostics)}\n{SyntaxPrinter.Dump(tree.Root)}");
    }

    /// <summary>
    /// Any text parses (it does not throw) to a tree whose full text is that text, whose tokens and trivia tile it in
    /// order, whose diagnostics come in order of position with spans inside it that nest (each two are disjoint or one
    /// holds the other), and which has an error wherever it has a missing or skipped token.
    /// </summary>
    public static Property ParsesLosslessly(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tree = SyntaxTree.Parse(text);
        var spans = tree.Diagnostics.Select(d => d.Location.Span).ToList();
        var problems = new List<string>();
        Check(problems, tree.ToFullString() == text, "the full text is not the input");
        Check(problems, tree.Root.FullSpan == tree.Text.FullSpan, $"the root spans {tree.Root.FullSpan}, not the whole text");
        Check(problems, TilesText(tree, text.Length), "the tokens and trivia do not tile the text in order");
        Check(problems, spans.All(s => s.End <= text.Length), "a diagnostic lies outside the text");
        Check(problems, tree.Diagnostics.All(d => d.Location.Path == tree.Text.Path), "a diagnostic points into another text");
        Check(problems, spans.Select(s => s.Start).SequenceEqual(spans.Select(s => s.Start).Order()), "the diagnostics are not in order");
        Check(problems, AllNest(spans), "two diagnostic spans overlap without one holding the other");
        var broken = tree.Root.DescendantTokens().Any(t => t.IsMissing || t.LeadingTrivia.Any(x => x.Kind == SyntaxKind.SkippedTokensTrivia));
        Check(problems, !broken || tree.HasErrors, "a missing or skipped token without an error");
        return Result(problems, () => $"diagnostics: {string.Join("; ", tree.Diagnostics.Select(d => $"{d.Location.Span} {d}"))}\n{SyntaxPrinter.Dump(tree.Root)}");
    }

    /// <summary>
    /// Binding any tree (with <paramref name="parameters"/>, against <paramref name="corpus"/> when given) returns a
    /// bound query instead of throwing; it keeps the tree's diagnostics first, has errors when the tree has, and every
    /// diagnostic points inside the query's text.
    /// </summary>
    public static Property BindsWithoutThrowing(SyntaxTree tree, IReadOnlyDictionary<string, object?>? parameters = null, Corpus? corpus = null)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var bound = Binder.Bind(tree, parameters, corpus);
        var problems = new List<string>();
        Check(problems, bound.Diagnostics.Take(tree.Diagnostics.Length).SequenceEqual(tree.Diagnostics), "the syntax diagnostics are not kept first");
        Check(problems, !tree.HasErrors || bound.HasErrors, "the tree has errors but the bound query has none");
        Check(problems, bound.Diagnostics.All(d => d.Location.Span.End <= tree.Text.Length), "a diagnostic lies outside the text");
        return Result(problems, () => $"diagnostics: {string.Join("; ", bound.Diagnostics)}");
    }

    /// <summary>
    /// The query answers the same on <paramref name="corpus"/> every way it can run: interpreted over every row,
    /// interpreted over the planner's index lookups, compiled over the lookups, and compiled over every row. Answers are
    /// compared exactly: the same rows (the same instances) in the same order, the same values, groups and counts.
    /// A query with errors must not run at all.
    /// </summary>
    public static Property EnginesAgree(SyntaxTree tree, Corpus corpus) => EnginesAgree(tree, corpus, null);

    /// <inheritdoc cref="EnginesAgree(SyntaxTree, Corpus)"/>
    public static Property EnginesAgree(SyntaxTree tree, Corpus corpus, IReadOnlyDictionary<string, object?>? parameters)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(corpus);
        var bound = Binder.Bind(tree, parameters, corpus);
        var compiled = QueryCompiler.Compile(bound);
        var interpreted = QueryInterpreter.Execute(bound, corpus);
        if (bound.HasErrors)
        {
            var notRun = !interpreted.Succeeded && !compiled.Execute(corpus).Succeeded;
            return notRun.Label("a query with errors ran");
        }

        var plan = QueryPlanner.Plan(bound);
        var runs = new (string Name, QueryResult Result)[]
        {
            ("interpreted, planned", QueryInterpreter.Execute(bound, plan, corpus)),
            ("compiled, planned", compiled.Execute(corpus)),
            ("compiled, scanning", compiled.ExecuteScan(corpus)),
        };
        var differences = runs
            .Select(run => (run.Name, run.Result, Difference: Answers.Difference(interpreted, run.Result)))
            .Where(run => run.Difference is not null)
            .ToList();
        if (differences.Count == 0)
        {
            return true.ToProperty();
        }

        var label = new StringBuilder()
            .Append("query: ").Append(SyntaxPrinter.Print(tree.Root)).Append('\n')
            .Append("bound:\n").Append(bound).Append('\n')
            .Append("plan: ").Append(plan).Append('\n')
            .Append("corpus:\n").Append(CorpusGenerators.Describe(corpus))
            .Append("interpreted, scanning: ").Append(Answers.Describe(interpreted)).Append('\n');
        foreach (var (name, result, difference) in differences)
        {
            label.Append(name).Append(": ").Append(Answers.Describe(result)).Append("\n  differs ").Append(difference).Append('\n');
        }

        return false.Label(label.ToString());
    }

    /// <summary>Parses <paramref name="query"/> and checks <see cref="EnginesAgree(SyntaxTree, Corpus, IReadOnlyDictionary{string, object?})"/>.</summary>
    public static Property EnginesAgree(string query, Corpus corpus, IReadOnlyDictionary<string, object?>? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        return EnginesAgree(SyntaxTree.Parse(query), corpus, parameters);
    }

    /// <summary>
    /// <c>source where p</c> and <c>source where not (p)</c> split the source's rows in two: together they are every
    /// row, and no row is in both, interpreted and compiled. This holds because the language's logic has two values:
    /// a test on an absent value is false (<c>date &gt; 2022-01-01</c> is false for an article without a date), and
    /// <c>not</c> makes it true; <c>!=</c> is <c>not =</c>. A query without a where clause, or whose condition does not
    /// bind, holds trivially.
    /// </summary>
    public static Property WhereNotPartitions(SyntaxTree tree, Corpus corpus) => WhereNotPartitions(tree, corpus, null);

    /// <inheritdoc cref="WhereNotPartitions(SyntaxTree, Corpus)"/>
    public static Property WhereNotPartitions(SyntaxTree tree, Corpus corpus, IReadOnlyDictionary<string, object?>? parameters)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(corpus);
        if (tree.Root.Where is not { } where)
        {
            return true.Label("no where clause");
        }

        var source = tree.Root.Source.Text;
        var condition = SyntaxPrinter.Print(where.Condition);
        var positive = Binder.Bind(SyntaxTree.Parse($"{source} where ({condition})"), parameters, corpus);
        var negative = Binder.Bind(SyntaxTree.Parse($"{source} where not ({condition})"), parameters, corpus);
        if (positive.HasErrors || negative.HasErrors)
        {
            return true.Label("the condition does not bind");
        }

        var rows = positive.Source!.GetRows(corpus).ToList();
        var problems = new List<string>();
        foreach (var (name, yes, no) in new[]
        {
            ("interpreted", QueryInterpreter.Execute(positive, corpus), QueryInterpreter.Execute(negative, corpus)),
            ("compiled", QueryCompiler.Compile(positive).Execute(corpus), QueryCompiler.Compile(negative).Execute(corpus)),
        })
        {
            var both = yes.Items.Intersect(no.Items, ReferenceEqualityComparer.Instance).Count();
            var union = yes.Items.Union(no.Items, ReferenceEqualityComparer.Instance).Count();
            Check(problems, both == 0, $"{name}: {both} rows pass both");
            Check(problems, union == rows.Count && yes.Items.Length + no.Items.Length == rows.Count, $"{name}: {yes.Items.Length} + {no.Items.Length} rows of {rows.Count}");
        }

        return Result(problems, () => $"condition: {condition}\ncorpus:\n{CorpusGenerators.Describe(corpus)}");
    }

    private static void Check(List<string> problems, bool holds, string problem)
    {
        if (!holds)
        {
            problems.Add(problem);
        }
    }

    private static Property Result(List<string> problems, Func<string> details) =>
        problems.Count == 0 ? true.ToProperty() : false.Label(string.Join("\n", problems) + "\n" + details());

    /// <summary>True when the tokens and their trivia follow each other without gap or overlap from 0 to <paramref name="length"/>.</summary>
    private static bool TilesText(SyntaxTree tree, int length)
    {
        var position = 0;
        foreach (var token in tree.Root.DescendantTokens())
        {
            foreach (var span in token.LeadingTrivia.Select(t => t.Span).Append(token.Span).Concat(token.TrailingTrivia.Select(t => t.Span)))
            {
                if (span.Start != position)
                {
                    return false;
                }

                position = span.End;
            }

            if (token.IsMissing && token.Span.Length != 0)
            {
                return false;
            }
        }

        return position == length;
    }

    /// <summary>True when each two spans are disjoint or one holds the other.</summary>
    private static bool AllNest(List<TextSpan> spans)
    {
        for (var i = 0; i < spans.Count; i++)
        {
            for (var j = i + 1; j < spans.Count; j++)
            {
                var (a, b) = (spans[i], spans[j]);
                var disjoint = a.End <= b.Start || b.End <= a.Start;
                var nested = (a.Start <= b.Start && b.End <= a.End) || (b.Start <= a.Start && a.End <= b.End);
                if (!disjoint && !nested)
                {
                    return false;
                }
            }
        }

        return true;
    }
}
