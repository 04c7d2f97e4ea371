using System.Globalization;
using Dicta.Model.Diagnostics;
using Dicta.Query.Execution;
using Dicta.Query.Tests.Execution;
using FsCheck;
using FsCheck.Fluent;

namespace Dicta.Query.Tests.Reliability;

/// <summary>
/// Runs a text every way the engine offers (prepare, run interpreted, run compiled, explain) and lists what is wrong:
/// a diagnostic outside the text or with raw control characters in its message, a query with errors that ran, two
/// ways that disagree. Exceptions are not caught: a test or FsCheck reports them with the input.
/// </summary>
internal static class EngineChecks
{
    /// <summary>What is wrong with how <paramref name="engine"/> handles <paramref name="text"/>; empty when nothing is.</summary>
    /// <param name="engine">The engine.</param>
    /// <param name="text">The query.</param>
    /// <param name="parameters">Its parameters.</param>
    /// <param name="compile">Whether to compile it too and compare (compiling costs milliseconds: exhaustive tests skip it).</param>
    public static List<string> Problems(QueryEngine engine, string text, IReadOnlyDictionary<string, object?>? parameters = null, bool compile = true)
    {
        var problems = new List<string>();
        var prepared = engine.Prepare(text, parameters);
        CheckDiagnostics(problems, "prepared", prepared.Diagnostics, text.Length);
        var interpreted = prepared.Execute();
        CheckDiagnostics(problems, "run", interpreted.Diagnostics, text.Length);
        Check(problems, prepared.HasErrors == prepared.Diagnostics.Any(d => d.IsError), $"HasErrors is {prepared.HasErrors} with {prepared.Diagnostics.Count(d => d.IsError)} errors");
        if (prepared.HasErrors)
        {
            Check(problems, interpreted.Kind == QueryResultKind.NotRun && interpreted.Diagnostics.SequenceEqual(prepared.Diagnostics), "a query with errors ran");
        }
        else if (compile)
        {
            var compiled = prepared.Compile().Execute(engine.Corpus);
            Check(problems, Seeds.Describe(interpreted) == Seeds.Describe(compiled), "the interpreted and compiled answers differ");
        }

        Check(problems, engine.Explain(text, parameters).ToString().Length > 0, "the explanation is empty");
        return problems;
    }

    /// <summary><see cref="Problems"/> as an FsCheck property, labelled with the input and the problems.</summary>
    public static Property Holds(QueryEngine engine, string text, IReadOnlyDictionary<string, object?>? parameters = null)
    {
        var problems = Problems(engine, text, parameters);
        return (problems.Count == 0).Label($"{Escaped(text)}\n{string.Join("\n", problems)}");
    }

    /// <summary>Checks diagnostics against a text of <paramref name="length"/> characters.</summary>
    public static void CheckDiagnostics(List<string> problems, string stage, IEnumerable<Diagnostic> diagnostics, int length)
    {
        foreach (var diagnostic in diagnostics)
        {
            var span = diagnostic.Location.Span;
            Check(problems, diagnostic.Location.Source is null || (span.Start >= 0 && span.End <= length), $"{stage}: {diagnostic.Id} at {span} lies outside the text of {length} characters");
            Check(problems, IsInert(diagnostic.Message), $"{stage}: {diagnostic.Id} has raw control or format characters in its message: {Escaped(diagnostic.Message)}");
            Check(problems, diagnostic.Message.Length <= 1_000, $"{stage}: {diagnostic.Id} has a message of {diagnostic.Message.Length} characters");
        }
    }

    /// <summary>True when <paramref name="text"/> has no control or format characters and no lone surrogates.</summary>
    public static bool IsInert(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                return false;
            }

            if (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[++i])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The text with anything unprintable escaped, cut short, for a failure message.</summary>
    public static string Escaped(string text) =>
        string.Concat(text.Take(300).Select(c => char.IsControl(c) || char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format
            ? $"\\u{(int)c:X4}"
            : c.ToString()));

    private static void Check(List<string> problems, bool holds, string problem)
    {
        if (!holds)
        {
            problems.Add(problem);
        }
    }
}
