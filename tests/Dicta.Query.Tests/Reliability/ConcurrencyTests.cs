using System.Collections.Concurrent;
using Dicta.Model;
using Dicta.Query.Execution;
using Dicta.Query.Tests.Execution;

namespace Dicta.Query.Tests.Reliability;

/// <summary>
/// Many threads running queries against one engine (issue 8): a mix of parse errors, bind errors, index-planned
/// queries, scans, groups, counts, parameters, queries prepared once and shared by every thread, and a small cache
/// that evicts all the time; no thread sees an exception, and every answer is the one a sequential run on a fresh
/// engine gives. The full 16 × 10,000 run is a command of the benchmarks project: <c>stress</c>.
/// </summary>
public sealed class ConcurrencyTests
{
    private const int Threads = 16;

    [Fact]
    public void Sixteen_threads_sharing_one_engine_over_the_seeds_get_the_sequential_answers() =>
        AssertConcurrentRunsAgree(Seeds.Corpus, "Putin", "taiwan", 400);

    [Fact]
    public void Sixteen_threads_sharing_one_engine_over_a_larger_corpus_get_the_sequential_answers() =>
        AssertConcurrentRunsAgree(ReliabilityCorpora.SeedsRepeated(3), "Xi", "ukraine", 100);

    /// <summary>Each kind of query the engine has a different path for, with the names of this corpus.</summary>
    internal static (string Text, IReadOnlyDictionary<string, object?>? Parameters)[] Mix(string speaker, string topic)
    {
        var who = new Dictionary<string, object?> { ["who"] = speaker };
        var since = new Dictionary<string, object?> { ["since"] = new DateOnly(2022, 1, 1), ["n"] = 3 };
        return
        [
            ("statements where (speaker = ", null),
            ("statements where speker = 'x'", null),
            ("statements where text matches /(/", null),
            ("statements group by topic, (topic)", null),
            ($"statements where speaker = '{speaker}' and topic = '{topic}'", null),
            ($"statements where speaker = '{speaker}' or topic = '{topic}' order by date desc, line limit 25", null),
            ("statements where text has 'china' and not kind = 'indirect'", null),
            ("statements where text contains 'the' and line > 3", null),
            ("statements where text matches /multi|uni/i select speaker, quote, article.outlet", null),
            ("statements group by speaker.country, kind order by count desc", null),
            ("statements where kind in ('direct', 'partial') count", null),
            ("speakers where statements >= 2 order by statements desc, name", null),
            ("articles select title, date, statements order by date", null),
            ("topics where statements > 1 order by label", null),
            ("statements where speaker = $who select text, date", who),
            ("statements where date >= $since and line between $n and 40 order by line", since),
            ("statements where speaker = $nobody", who),
            ("statements where speaker = 'Nobody At All'", null),
        ];
    }

    private static void AssertConcurrentRunsAgree(Corpus corpus, string speaker, string topic, int queriesPerThread)
    {
        var mix = Mix(speaker, topic);
        var expected = mix.Select(q => Render(new QueryEngine(corpus).Execute(q.Text, q.Parameters))).ToArray();
        var engine = new QueryEngine(corpus, new QueryEngineOptions { CacheSize = 4 });
        var shared = mix.Select(q => engine.Prepare(q.Text, q.Parameters)).ToArray();
        var failures = new ConcurrentQueue<string>();
        var runs = 0;
        using var start = new Barrier(Threads);

        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            for (var i = 0; i < queriesPerThread; i++)
            {
                var index = (i * 7 + t) % mix.Length;
                var (text, parameters) = mix[index];
                try
                {
                    var result = i % 3 == 0 ? shared[index].Execute() : engine.Execute(text, parameters);
                    var answer = Render(result);
                    if (answer != expected[index])
                    {
                        failures.Enqueue($"thread {t}, query {i}: {text}\n  got      {answer[..Math.Min(300, answer.Length)]}\n  expected {expected[index][..Math.Min(300, expected[index].Length)]}");
                    }
                }
                catch (Exception exception)
                {
                    failures.Enqueue($"thread {t}, query {i}: {text}\n  {exception}");
                }

                Interlocked.Increment(ref runs);
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.Equal(Threads * queriesPerThread, runs);
        Assert.True(failures.IsEmpty, string.Join("\n", failures.Take(5)));
        Assert.All(shared.Where(p => !p.HasErrors), p => Assert.True(p.IsCompiled));
        Assert.Contains(expected, e => e.StartsWith("not run", StringComparison.Ordinal));
        Assert.Contains(expected, e => !e.StartsWith("not run", StringComparison.Ordinal) && e.Length > 20);
    }

    /// <summary>An answer and its diagnostics as text: equal texts, equal answers.</summary>
    internal static string Render(QueryResult result) =>
        Seeds.Describe(result) + "\n" + string.Join("\n", result.Diagnostics.Select(d => $"{d.Id} {d.Location.Span} {d.Message}"));
}
