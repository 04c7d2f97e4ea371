using BenchmarkDotNet.Attributes;
using Dicta.Model;
using Dicta.Query;

namespace Dicta.Benchmarks.Query;

/// <summary>
/// Questions the corpus indexes answer, over a million statements, side by side with what a user would write
/// instead: <c>speaker = … and topic = …</c> (the planner intersects the speaker and topic postings) and
/// <c>text has …</c> (the term index), against a hand-written LINQ scan of <see cref="Corpus.Statements"/> and DuckDB
/// SQL over the same rows in an in-memory table. Each returns the number of statements found, all of them
/// materialized (Dicta's result items, a list for LINQ, positions read from DuckDB's reader).
/// </summary>
[Config(typeof(QueryConfig))]
public class IndexedQueryBenchmarks
{
    private QueryWorkload _workload = null!;
    private PreparedQuery _speakerAndTopic = null!;
    private PreparedQuery _has = null!;
    private DuckDbStatements? _duckDb;

    /// <summary>The number of statements in the corpus.</summary>
    [Params(1_000_000)]
    public int Statements { get; set; }

    /// <summary>
    /// Builds the corpus (or takes the one built for an earlier case of this process), the prepared (and compiled)
    /// queries, and the indexes they use (by running each once).
    /// </summary>
    [GlobalSetup(Targets = [nameof(DictaSpeakerAndTopic), nameof(LinqSpeakerAndTopic), nameof(DictaHas), nameof(LinqHas)])]
    public void Setup()
    {
        _workload = SharedSetup.Workload(Statements);
        var engine = new QueryEngine(_workload.Corpus);
        _speakerAndTopic = engine.Prepare(_workload.SpeakerAndTopicQuery);
        _has = engine.Prepare(QueryWorkload.HasQuery);
        _speakerAndTopic.Compile();
        _has.Compile();
        _speakerAndTopic.Execute();
        _has.Execute();
    }

    /// <summary>
    /// The same, and the DuckDB table (loaded only for its own cases, once per process), and checks that all three
    /// agree.
    /// </summary>
    [GlobalSetup(Targets = [nameof(DuckDbSpeakerAndTopic), nameof(DuckDbHas)])]
    public void SetupWithDuckDb()
    {
        Setup();
        _duckDb = SharedSetup.DuckDb(Statements);
        QueryWorkload.Agree(DictaSpeakerAndTopic(), LinqSpeakerAndTopic(), DuckDbSpeakerAndTopic());
        // `has` tests for a whole word, the alternatives for a substring: in this corpus the word is never part of another.
        QueryWorkload.Agree(DictaHas(), LinqHas(), DuckDbHas());
    }

    /// <summary>Dicta: the prepared query, planned with the speaker and topic indexes.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("speaker and topic")]
    public int DictaSpeakerAndTopic() => _speakerAndTopic.Execute().Items.Length;

    /// <summary>LINQ: a scan comparing the speaker's name and the topics' slugs.</summary>
    [Benchmark]
    [BenchmarkCategory("speaker and topic")]
    public int LinqSpeakerAndTopic()
    {
        var name = _workload.SpeakerName;
        return _workload.Corpus.Statements
            .Where(s => s.Speaker.Name == name && s.Topics.Any(t => t.Slug == QueryWorkload.TopicSlug))
            .ToList().Count;
    }

    /// <summary>DuckDB: the same condition in SQL.</summary>
    [Benchmark]
    [BenchmarkCategory("speaker and topic")]
    public int DuckDbSpeakerAndTopic() =>
        _duckDb!.Count("SELECT position FROM statements WHERE speaker = $1 AND list_contains(topics, $2)", _workload.SpeakerName, QueryWorkload.TopicSlug);

    /// <summary>Dicta: the prepared query, answered from the term index.</summary>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("text has")]
    public int DictaHas() => _has.Execute().Items.Length;

    /// <summary>LINQ: a scan for the word as a substring, ignoring case, without copying the content.</summary>
    [Benchmark]
    [BenchmarkCategory("text has")]
    public int LinqHas() =>
        _workload.Corpus.Statements
            .Where(s => s.Content.Span.Contains(QueryWorkload.Term, StringComparison.OrdinalIgnoreCase))
            .ToList().Count;

    /// <summary>DuckDB: <c>ILIKE '%…%'</c>.</summary>
    [Benchmark]
    [BenchmarkCategory("text has")]
    public int DuckDbHas() =>
        _duckDb!.Count("SELECT position FROM statements WHERE content ILIKE $1", "%" + QueryWorkload.Term + "%");
}
