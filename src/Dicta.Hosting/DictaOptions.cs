using System.Collections.Immutable;
using Dicta.Extraction;
using Dicta.Extraction.Loading;
using Dicta.Model;
using Dicta.Query;

namespace Dicta.Hosting;

/// <summary>
/// What <c>services.AddDicta(options =&gt; …)</c> loads: corpus sources (the embedded seeds when none is named), the
/// lexicons extraction uses, and the loading limits. Each method returns the options, so calls chain; the options are
/// read once, when the corpus is first needed.
/// </summary>
public sealed class DictaOptions
{
    private readonly List<CorpusSource> _sources = [];
    private readonly List<LexiconFile> _lexiconFiles = [];

    /// <summary>The sources named so far, in order.</summary>
    public IReadOnlyList<CorpusSource> Sources => _sources;

    /// <summary>The lexicon files named so far, in order; each extends the lexicons before it.</summary>
    public IReadOnlyList<LexiconFile> LexiconFiles => _lexiconFiles;

    /// <summary>The lexicons the lexicon files extend (the shipped ones unless <see cref="UseLexicons"/> replaced them).</summary>
    public ExtractionLexicons Lexicons { get; private set; } = ExtractionLexicons.Default;

    /// <summary>The loading limits and parallelism.</summary>
    public LoadOptions Loading { get; private set; } = LoadOptions.Default;

    /// <summary>How the query engine caches and compiles queries.</summary>
    public QueryEngineOptions Engine { get; private set; } = QueryEngineOptions.Default;

    /// <summary>Adds the embedded seed articles.</summary>
    public DictaOptions AddSeeds() => Add(new CorpusSource.Seeds());

    /// <summary>Adds an article file, a directory of articles, or a JSON Lines file of articles.</summary>
    public DictaOptions AddPath(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Add(new CorpusSource.Path(path));
    }

    /// <summary>Adds articles built in code; they are extracted with the others.</summary>
    public DictaOptions AddArticles(IEnumerable<ArticleInput> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return Add(new CorpusSource.Articles(articles));
    }

    /// <summary>Adds the articles of a corpus that is already built.</summary>
    public DictaOptions AddCorpus(Corpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        return Add(new CorpusSource.Built(corpus));
    }

    /// <summary>Replaces the lexicons that extraction starts from (the shipped ones by default).</summary>
    public DictaOptions UseLexicons(ExtractionLexicons lexicons)
    {
        Lexicons = lexicons ?? throw new ArgumentNullException(nameof(lexicons));
        return this;
    }

    /// <summary>Extends the cue lexicon with a JSON file of speech-act cues.</summary>
    public DictaOptions ExtendCues(string path) => AddLexiconFile(LexiconKind.Cues, path);

    /// <summary>Extends the gazetteer with a JSON file of people, organizations, outlets and countries.</summary>
    public DictaOptions ExtendGazetteer(string path) => AddLexiconFile(LexiconKind.Gazetteer, path);

    /// <summary>Extends (or, entry by entry, replaces) the topic lexicon with a JSON file.</summary>
    public DictaOptions ExtendTopics(string path) => AddLexiconFile(LexiconKind.Topics, path);

    /// <summary>Sets the loading limits (file size, article count) and the parallelism of extraction.</summary>
    public DictaOptions UseLoading(LoadOptions loading)
    {
        Loading = loading ?? throw new ArgumentNullException(nameof(loading));
        return this;
    }

    /// <summary>Sets how the query engine caches and compiles queries.</summary>
    public DictaOptions UseEngine(QueryEngineOptions engine)
    {
        Engine = engine ?? throw new ArgumentNullException(nameof(engine));
        return this;
    }

    /// <summary>The sources to load: those named, or the seeds when none is.</summary>
    internal ImmutableArray<CorpusSource> EffectiveSources => _sources.Count > 0 ? [.. _sources] : [new CorpusSource.Seeds()];

    private DictaOptions Add(CorpusSource source)
    {
        _sources.Add(source);
        return this;
    }

    private DictaOptions AddLexiconFile(LexiconKind kind, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        _lexiconFiles.Add(new LexiconFile(kind, path));
        return this;
    }
}
