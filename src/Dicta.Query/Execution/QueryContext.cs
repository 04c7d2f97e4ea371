using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using Dicta.Model;
using Dicta.Model.Diagnostics;
using Dicta.Model.Text;
using Dicta.Query.Binding;
using Dicta.Query.Parsing;

namespace Dicta.Query.Execution;

/// <summary>
/// What one run of a query reads besides the row: the corpus (for speaker names, counts and indexes), the
/// cancellation token, and the diagnostics the run reports. One per run; the compiled code is shared.
/// </summary>
public sealed class QueryContext
{
    private readonly ConcurrentDictionary<string, FrozenSet<string>> _speakerNames = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, FrozenSet<string>> _topicSlugs = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<QueryRegex, Diagnostic> _timeouts = new();
    private readonly SourceText? _queryText;

    /// <summary>Creates the context of one run over <paramref name="corpus"/>.</summary>
    /// <param name="corpus">The corpus the query runs on.</param>
    /// <param name="queryText">The query's text, for the locations of diagnostics; null for a query built in code.</param>
    /// <param name="cancellationToken">Stops the run between rows.</param>
    public QueryContext(Corpus corpus, SourceText? queryText = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        Corpus = corpus;
        _queryText = queryText;
        CancellationToken = cancellationToken;
    }

    /// <summary>The corpus the query runs on.</summary>
    public Corpus Corpus { get; }

    /// <summary>Stops the run between rows.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>What went wrong while running (a regular expression that ran out of time), in no particular order.</summary>
    public ImmutableArray<Diagnostic> Diagnostics => [.. _timeouts.Values];

    /// <summary>
    /// The canonical names of the corpus's speakers that <paramref name="name"/> names, by canonical name or alias,
    /// ignoring case. A statement answers <c>speaker = name</c> when its speaker or a member of it has one of these
    /// names; the planner looks up exactly these names in <see cref="CorpusIndex.BySpeaker"/>.
    /// </summary>
    public FrozenSet<string> SpeakerNames(string name) =>
        _speakerNames.GetOrAdd(name, n => Corpus.FindSpeakers(n).Select(s => s.Name).ToFrozenSet(StringComparer.Ordinal));

    /// <summary>The slugs of the corpus's topics that <paramref name="name"/> names, by slug or label, ignoring case.</summary>
    public FrozenSet<string> TopicSlugs(string name) =>
        _topicSlugs.GetOrAdd(name, n => Corpus.Topics.Where(t => t.IsNamed(n)).Select(t => t.Slug).ToFrozenSet(StringComparer.Ordinal));

    /// <summary>Reports, once per expression, that <paramref name="regex"/> ran out of time on a row.</summary>
    internal void ReportTimeout(QueryRegex regex, TextSpan span) =>
        _timeouts.GetOrAdd(regex, r => ExecutionDiagnostics.RegexTimeout.Create(LocationOf(span), MessageText.Escape(r.Pattern, MessageText.ValueLength), r.MatchTimeout.TotalSeconds));

    private Location LocationOf(TextSpan span) =>
        _queryText is not null && _queryText.Contains(span) ? Location.In(_queryText, span) : Location.None;
}
