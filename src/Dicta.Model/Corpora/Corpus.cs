using System.Collections.Immutable;
using Dicta.Model.Diagnostics;

namespace Dicta.Model;

/// <summary>
/// A compilation of articles: their statements, the speaker and topic symbols they mention, every diagnostic,
/// and the indexes queries use. Immutable: adding, removing or replacing an article returns a new corpus that
/// shares every unchanged article with this one. Derived views are computed on first use, once, safely under
/// concurrent reads.
/// </summary>
/// <remarks>
/// Articles are kept in ordinal order of their ids, so a corpus built from the same articles in any order
/// is the same corpus, with the same statements in the same order.
/// </remarks>
public sealed class Corpus : IEquatable<Corpus>
{
    private readonly ImmutableSortedDictionary<string, Article> _articles;
    private readonly ImmutableArray<Diagnostic> _corpusDiagnostics;
    private readonly Lazy<ImmutableArray<Statement>> _statements;
    private readonly Lazy<ImmutableArray<Speaker>> _speakers;
    private readonly Lazy<ImmutableDictionary<string, Speaker>> _speakersByName;
    private readonly Lazy<ILookup<string, Speaker>> _speakersByAlias;
    private readonly Lazy<ImmutableArray<Topic>> _topics;
    private readonly Lazy<ImmutableArray<Diagnostic>> _diagnostics;
    private readonly Lazy<CorpusIndex> _index;

    private Corpus(ImmutableSortedDictionary<string, Article> articles, ImmutableArray<Diagnostic> corpusDiagnostics)
    {
        _articles = articles;
        _corpusDiagnostics = corpusDiagnostics;
        _statements = new(() => [.. _articles.Values.SelectMany(a => a.Statements)]);
        _speakers = new(MergeSpeakers);
        _speakersByName = new(() => Speakers.ToImmutableDictionary(s => s.Name, StringComparer.Ordinal));
        _speakersByAlias = new(() => Speakers
            .SelectMany(s => s.Aliases.Prepend(s.Name).Select(name => (name, s)))
            .ToLookup(pair => pair.name, pair => pair.s, NameComparer.Instance));
        _topics = new(() => [.. Statements.SelectMany(s => s.Topics).Distinct().OrderBy(t => t.Slug, StringComparer.Ordinal)]);
        _diagnostics = new(() => [.. _corpusDiagnostics, .. _articles.Values.SelectMany(a => a.Diagnostics)]);
        _index = new(() => new CorpusIndex(Statements));
    }

    /// <summary>The corpus with no articles.</summary>
    public static Corpus Empty { get; } = new(ImmutableSortedDictionary.Create<string, Article>(StringComparer.Ordinal), []);

    /// <summary>A corpus of <paramref name="articles"/>, with corpus-level <paramref name="diagnostics"/> (files that could not be read).</summary>
    /// <exception cref="ArgumentException">Two articles have the same id.</exception>
    public static Corpus Create(IEnumerable<Article> articles, IEnumerable<Diagnostic>? diagnostics = null) =>
        Empty.AddArticles(articles).AddDiagnostics(diagnostics ?? []);

    /// <summary>The articles, in ordinal order of their ids.</summary>
    public IEnumerable<Article> Articles => _articles.Values;

    /// <summary>The number of articles.</summary>
    public int ArticleCount => _articles.Count;

    /// <summary>Every statement of every article, article by article in id order.</summary>
    public ImmutableArray<Statement> Statements => _statements.Value;

    /// <summary>
    /// Every speaker symbol the statements name (speakers, group members, addressees, channels, alternatives),
    /// merged by canonical name across articles, in ordinal order of name.
    /// </summary>
    public ImmutableArray<Speaker> Speakers => _speakers.Value;

    /// <summary>Every topic the statements touch, in slug order.</summary>
    public ImmutableArray<Topic> Topics => _topics.Value;

    /// <summary>The diagnostics that belong to no article: files that could not be read, limits reached, bad lexicon files.</summary>
    public ImmutableArray<Diagnostic> CorpusDiagnostics => _corpusDiagnostics;

    /// <summary>The corpus's own diagnostics, then every article's.</summary>
    public ImmutableArray<Diagnostic> Diagnostics => _diagnostics.Value;

    /// <summary>The indexes by speaker, topic and term.</summary>
    public CorpusIndex Index => _index.Value;

    /// <summary>The article with <paramref name="id"/>, if the corpus has it.</summary>
    public bool TryGetArticle(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Article? article) =>
        _articles.TryGetValue(id, out article);

    /// <summary>True when the corpus has an article with <paramref name="id"/>.</summary>
    public bool ContainsArticle(string id) => _articles.ContainsKey(id);

    /// <summary>The merged speaker symbol with canonical name <paramref name="name"/>, or null.</summary>
    public Speaker? GetSpeaker(string name) => _speakersByName.Value.GetValueOrDefault(name);

    /// <summary>The speakers that <paramref name="name"/> names, as canonical name or alias, ignoring case.</summary>
    public IEnumerable<Speaker> FindSpeakers(string name) => _speakersByAlias.Value[name];

    /// <summary>A corpus with <paramref name="article"/> added.</summary>
    /// <exception cref="ArgumentException">The corpus already has an article with that id.</exception>
    public Corpus AddArticle(Article article) => AddArticles([article]);

    /// <summary>A corpus with <paramref name="articles"/> added.</summary>
    /// <exception cref="ArgumentException">The corpus already has an article with one of their ids, or two of them share one.</exception>
    public Corpus AddArticles(IEnumerable<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var builder = _articles.ToBuilder();
        foreach (var article in articles)
        {
            ArgumentNullException.ThrowIfNull(article);
            if (!builder.TryAdd(article.Id, article))
            {
                throw new ArgumentException($"The corpus already has an article '{article.Id}'.", nameof(articles));
            }
        }

        return With(builder.ToImmutable(), _corpusDiagnostics);
    }

    /// <summary>A corpus without the article <paramref name="id"/>; this corpus when it has none.</summary>
    public Corpus RemoveArticle(string id) => With(_articles.Remove(id), _corpusDiagnostics);

    /// <summary>A corpus where <paramref name="article"/> takes the place of the article with its id.</summary>
    /// <exception cref="ArgumentException">The corpus has no article with that id.</exception>
    public Corpus ReplaceArticle(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (!_articles.ContainsKey(article.Id))
        {
            throw new ArgumentException($"The corpus has no article '{article.Id}' to replace.", nameof(article));
        }

        return With(_articles.SetItem(article.Id, article), _corpusDiagnostics);
    }

    /// <summary>A corpus with corpus-level <paramref name="diagnostics"/> added (a file that could not be read, a limit reached).</summary>
    public Corpus AddDiagnostics(IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var added = diagnostics.ToImmutableArray();
        return added.IsEmpty ? this : new Corpus(_articles, _corpusDiagnostics.AddRange(added));
    }

    /// <summary>Corpora are equal when they hold the same articles (the same instances) under the same ids and the same corpus-level diagnostics.</summary>
    public bool Equals(Corpus? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (_articles.Count == other._articles.Count
                && _corpusDiagnostics.SequenceEqual(other._corpusDiagnostics)
                && _articles.All(pair => other._articles.TryGetValue(pair.Key, out var theirs) && ReferenceEquals(pair.Value, theirs))));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Corpus);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var id in _articles.Keys)
        {
            hash.Add(id, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    /// <summary>A short summary: articles and statements.</summary>
    public override string ToString() => $"Corpus: {ArticleCount} articles, {Statements.Length} statements";

    private Corpus With(ImmutableSortedDictionary<string, Article> articles, ImmutableArray<Diagnostic> diagnostics) =>
        ReferenceEquals(articles, _articles) && diagnostics == _corpusDiagnostics ? this : new Corpus(articles, diagnostics);

    private ImmutableArray<Speaker> MergeSpeakers()
    {
        var merged = new Dictionary<string, Speaker>(StringComparer.Ordinal);
        foreach (var statement in Statements)
        {
            var named = new[] { statement.Speaker, statement.Addressee, statement.Via }
                .OfType<Speaker>()
                .Concat(statement.Alternatives)
                .SelectMany(s => s.SelfAndMembers());
            foreach (var speaker in named)
            {
                merged[speaker.Name] = merged.TryGetValue(speaker.Name, out var known) ? known.Merge(speaker) : speaker;
            }
        }

        return [.. merged.Values.OrderBy(s => s.Name, StringComparer.Ordinal)];
    }
}
