using Dicta.Extraction;
using Dicta.Extraction.Lexicons;
using Dicta.Extraction.Loading;
using Dicta.Model;
using Dicta.Model.Diagnostics;

namespace Dicta.Hosting;

/// <summary>
/// Builds the corpus that <see cref="DictaOptions"/> describe: the lexicons with their extension files, then every
/// source in order. Nothing here throws for bad input: an unreadable lexicon or article becomes a diagnostic of the
/// corpus, and the rest still loads.
/// </summary>
public static class CorpusFactory
{
    /// <summary>Loads the corpus.</summary>
    /// <param name="options">The sources, lexicons and limits.</param>
    /// <param name="progress">Told after each article, for a progress bar.</param>
    /// <param name="cancellationToken">Stops the load.</param>
    public static Corpus Load(DictaOptions options, IProgress<LoadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var diagnostics = new List<Diagnostic>();
        var lexicons = ExtendLexicons(options.Lexicons, options.LexiconFiles, diagnostics);
        var corpus = Corpus.Empty;
        foreach (var built in options.EffectiveSources.OfType<CorpusSource.Built>())
        {
            corpus = corpus.AddArticles(built.Value.Articles).AddDiagnostics(built.Value.CorpusDiagnostics);
        }

        // One load for every source, so that speakers resolve across all of them (a surname in one file, the full
        // name in another) and extraction runs in parallel over the whole set.
        var inputs = options.EffectiveSources.SelectMany(source => source switch
        {
            CorpusSource.Seeds => ArticleSources.Seeds(),
            CorpusSource.Path path => ArticleSources.FromPath(path.Location, options.Loading),
            CorpusSource.Articles articles => articles.Inputs,
            _ => [],
        });
        corpus = new CorpusLoader(options.Loading, lexicons).AddTo(corpus, inputs, progress, cancellationToken);
        return corpus.AddDiagnostics(diagnostics);
    }

    /// <summary>The lexicons extended with each file in turn; the problems of a file become diagnostics.</summary>
    public static ExtractionLexicons ExtendLexicons(ExtractionLexicons lexicons, IEnumerable<LexiconFile> files, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(diagnostics);
        foreach (var file in files)
        {
            lexicons = file.Kind switch
            {
                LexiconKind.Cues => lexicons with { Cues = lexicons.Cues.Extend(Loaded(CueLexicon.Load(file.Path), diagnostics)) },
                LexiconKind.Gazetteer => lexicons with { Gazetteer = lexicons.Gazetteer.Extend(Loaded(Gazetteer.Load(file.Path), diagnostics)) },
                _ => lexicons with { Topics = lexicons.Topics.Extend(Loaded(TopicLexicon.Load(file.Path), diagnostics)) },
            };
        }

        return lexicons;
    }

    private static T Loaded<T>(LexiconLoadResult<T> result, ICollection<Diagnostic> diagnostics)
        where T : class
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            diagnostics.Add(diagnostic);
        }

        return result.Lexicon;
    }
}
