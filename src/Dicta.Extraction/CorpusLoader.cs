using System.Collections.Concurrent;
using Dicta.Extraction.Loading;
using Dicta.Extraction.Resolution;
using Dicta.Model;
using Dicta.Model.Diagnostics;

namespace Dicta.Extraction;

/// <summary>
/// Loads corpora: finds the inputs, extracts them in parallel, resolves speakers across articles, and compiles the
/// articles into a <see cref="Corpus"/>.
/// A broken input never stops the others: it becomes a diagnostic of the corpus or of its article.
/// </summary>
public sealed class CorpusLoader
{
    /// <summary>Creates a loader.</summary>
    /// <param name="options">Limits and parallelism; <see cref="LoadOptions.Default"/> when null.</param>
    /// <param name="lexicons">The cues, gazetteer and topics; <see cref="ExtractionLexicons.Default"/> when null.</param>
    public CorpusLoader(LoadOptions? options = null, ExtractionLexicons? lexicons = null)
    {
        Options = options ?? LoadOptions.Default;
        Extractor = new ArticleExtractor(Options, lexicons);
    }

    /// <summary>The limits and parallelism in force.</summary>
    public LoadOptions Options { get; }

    /// <summary>The pipeline each article goes through.</summary>
    public ArticleExtractor Extractor { get; }

    /// <summary>The embedded seed corpus.</summary>
    public Corpus LoadSeeds(CancellationToken cancellationToken = default) =>
        Load(ArticleSources.Seeds(), null, cancellationToken);

    /// <summary>The corpus of the files, directories and JSON Lines files at <paramref name="paths"/>.</summary>
    public Corpus Load(IEnumerable<string> paths, IProgress<LoadProgress>? progress = null, CancellationToken cancellationToken = default) =>
        AddTo(Corpus.Empty, paths, progress, cancellationToken);

    /// <summary><paramref name="corpus"/> with the articles at <paramref name="paths"/> added; ids it has already are skipped with a warning.</summary>
    public Corpus AddTo(Corpus corpus, IEnumerable<string> paths, IProgress<LoadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return AddTo(corpus, paths.SelectMany(path => ArticleSources.FromPath(path, Options)), progress, cancellationToken);
    }

    /// <summary>The corpus of <paramref name="inputs"/>.</summary>
    public Corpus Load(IEnumerable<ArticleInput> inputs, IProgress<LoadProgress>? progress = null, CancellationToken cancellationToken = default) =>
        AddTo(Corpus.Empty, inputs, progress, cancellationToken);

    /// <summary><paramref name="corpus"/> with <paramref name="inputs"/> extracted and added.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Corpus AddTo(Corpus corpus, IEnumerable<ArticleInput> inputs, IProgress<LoadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(inputs);
        var diagnostics = new List<Diagnostic>();
        var admitted = Admit(corpus, inputs, diagnostics);
        var articlesDone = 0;
        long charactersDone = 0;
        // Load-balanced: articles differ in length, and the cores are shared with whatever else runs, so a fixed half
        // of the list per thread would leave one idle while the other finishes.
        var results = Partitioner.Create(admitted, loadBalance: true)
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(Math.Max(1, Options.MaxDegreeOfParallelism))
            .WithCancellation(cancellationToken)
            .Select(input =>
            {
                var result = Extractor.Extract(input);
                if (progress is not null)
                {
                    var characters = Interlocked.Add(ref charactersDone, result.Article?.Text.Length ?? 0);
                    progress.Report(new LoadProgress(Interlocked.Increment(ref articlesDone), characters));
                }

                return result;
            })
            .ToList();

        var articles = CorpusResolver.Resolve([.. results.Select(r => r.Article).OfType<Article>()], corpus.Speakers);
        diagnostics.AddRange(results.SelectMany(r => r.Diagnostics));
        return corpus.AddArticles(articles).AddDiagnostics(diagnostics);
    }

    /// <summary>The inputs to extract: ids not yet taken, up to the article limit. What is turned away gets a diagnostic.</summary>
    private List<ArticleInput> Admit(Corpus corpus, IEnumerable<ArticleInput> inputs, List<Diagnostic> diagnostics)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var admitted = new List<ArticleInput>();
        var room = Options.MaxArticles - corpus.ArticleCount;
        foreach (var input in inputs)
        {
            if (corpus.ContainsArticle(input.Id) || !seen.Add(input.Id))
            {
                diagnostics.Add(LoadingDiagnostics.DuplicateId.Create(Location.None, input.Id));
            }
            else if (admitted.Count >= room)
            {
                diagnostics.Add(LoadingDiagnostics.TooManyArticles.Create(Location.None, Options.MaxArticles));
                break;
            }
            else
            {
                admitted.Add(input);
            }
        }

        return admitted;
    }
}
