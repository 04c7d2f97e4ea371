using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Dicta.Model;
using Dicta.Query;
using Dicta.Query.Execution;

namespace Dicta.Benchmarks.Query;

/// <summary>
/// <c>stress [THREADS] [QUERIES]</c>: one engine over a generated corpus, many threads each running a mix of queries
/// (parse errors, bind errors, index-planned queries, scans, groups, counts, parameters, queries prepared once and
/// shared by every thread, through a cache small enough to evict all the time); every answer is compared with the
/// answer of a sequential run on a fresh engine. Prints what ran and what differed; exit code 1 on any difference or
/// exception. The unit tests run a small version of this (ConcurrencyTests).
/// </summary>
public static class ConcurrentQueryStress
{
    /// <summary>Runs <paramref name="threads"/> threads of <paramref name="queriesPerThread"/> queries each on a corpus of <paramref name="statements"/> statements.</summary>
    /// <returns>The exit code: 0 when every answer was the sequential one.</returns>
    public static int Run(int threads, int queriesPerThread, int statements, TextWriter output)
    {
        var workload = new QueryWorkload(statements);
        var mix = Mix(workload);
        var sequential = Stopwatch.StartNew();
        var expected = mix.Select(q => Render(new QueryEngine(workload.Corpus).Execute(q.Text, q.Parameters))).ToArray();
        sequential.Stop();

        var engine = new QueryEngine(workload.Corpus, new QueryEngineOptions { CacheSize = 4 });
        var shared = mix.Select(q => engine.Prepare(q.Text, q.Parameters)).ToArray();
        var failures = new ConcurrentQueue<string>();
        var exceptions = 0;
        var differences = 0;
        using var start = new Barrier(threads);
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            for (var i = 0; i < queriesPerThread; i++)
            {
                var index = ((i * 7) + t) % mix.Length;
                try
                {
                    var result = i % 3 == 0 ? shared[index].Execute() : engine.Execute(mix[index].Text, mix[index].Parameters);
                    if (Render(result) != expected[index])
                    {
                        Interlocked.Increment(ref differences);
                        failures.Enqueue($"thread {t}, query {i}: {mix[index].Text}");
                    }
                }
                catch (Exception exception)
                {
                    Interlocked.Increment(ref exceptions);
                    failures.Enqueue($"thread {t}, query {i}: {mix[index].Text}: {exception.GetType().Name}: {exception.Message}");
                }
            }
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
        clock.Stop();

        var total = threads * queriesPerThread;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"corpus: {workload.Corpus.Statements.Length} statements; mix: {mix.Length} queries ({mix.Count(q => expected[Array.IndexOf(mix, q)].StartsWith("not run", StringComparison.Ordinal))} with errors), answered sequentially in {sequential.Elapsed.TotalMilliseconds:F0} ms"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{threads} threads x {queriesPerThread} queries = {total} queries in {clock.Elapsed.TotalSeconds:F1} s ({total / clock.Elapsed.TotalSeconds:F0} queries/s)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"differences from the sequential answers: {differences}; exceptions: {exceptions}"));
        foreach (var failure in failures.Take(10))
        {
            output.WriteLine("  " + failure);
        }

        return differences == 0 && exceptions == 0 ? 0 : 1;
    }

    private static (string Text, IReadOnlyDictionary<string, object?>? Parameters)[] Mix(QueryWorkload workload)
    {
        var speaker = workload.SpeakerName;
        var who = new Dictionary<string, object?> { ["who"] = speaker };
        var since = new Dictionary<string, object?> { ["since"] = new DateOnly(2022, 1, 1), ["n"] = 3 };
        return
        [
            ("statements where (speaker = ", null),
            ("statements where speker = 'x'", null),
            ("statements where text matches /(/", null),
            ("statements group by topic, (topic)", null),
            (workload.SpeakerAndTopicQuery, null),
            (workload.TypicalQuery + " order by date desc, line limit 25", null),
            (QueryWorkload.HasQuery + " and not kind = 'indirect'", null),
            (QueryWorkload.ContainsQuery + " and line > 3", null),
            (QueryWorkload.MatchesQuery + " select speaker, quote, article.outlet limit 200", null),
            ("statements where topic = 'taiwan' group by speaker.country, kind order by count desc", null),
            ("statements where kind in ('direct', 'partial') count", null),
            ("speakers where statements >= 2 order by statements desc, name limit 50", null),
            ("articles where statements > 3 select title, date, statements order by date limit 50", null),
            ("topics order by label", null),
            ("statements where speaker = $who select text, date", who),
            ("statements where date >= $since and line between $n and 40 and speaker = $who order by line", new Dictionary<string, object?>(since) { ["who"] = speaker }),
            ("statements where speaker = $nobody", who),
            ("statements where speaker = 'Nobody At All'", null),
        ];
    }

    /// <summary>An answer and its diagnostics as text: rows by identity (article and span), values invariantly.</summary>
    private static string Render(QueryResult result)
    {
        static string Format(object? value) => value switch
        {
            null => "-",
            Statement s => $"{s.Article.Id}@{s.ContentSpan}",
            ImmutableArray<object> many => "[" + string.Join(", ", many.Select(Format)) + "]",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };

        var answer = result.Kind switch
        {
            QueryResultKind.Items => string.Join("\n", result.Items.Select(Format)),
            QueryResultKind.Rows => string.Join("\n", result.Rows.Select(r => string.Join(" | ", r.Values.Select(Format)))),
            QueryResultKind.Groups => string.Join("\n", result.Groups.Select(g => string.Join(" | ", g.Keys.Select(Format)) + " : " + g.Count.ToString(CultureInfo.InvariantCulture))),
            QueryResultKind.Count => result.Count!.Value.ToString(CultureInfo.InvariantCulture),
            _ => "not run",
        };
        return answer + "\n" + string.Join("\n", result.Diagnostics.Select(d => $"{d.Id} {d.Location.Span} {d.Message}"));
    }
}
