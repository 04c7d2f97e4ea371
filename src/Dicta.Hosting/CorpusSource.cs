using Dicta.Extraction.Loading;
using Dicta.Model;

namespace Dicta.Hosting;

/// <summary>Where articles of the corpus come from: one entry of <see cref="DictaOptions"/>.</summary>
public abstract record CorpusSource
{
    private protected CorpusSource()
    {
    }

    /// <summary>The five seed articles embedded in Dicta: the default corpus.</summary>
    public sealed record Seeds : CorpusSource;

    /// <summary>An article file, a directory of articles (recursively) or a JSON Lines file of articles.</summary>
    /// <param name="Location">The path of the file or directory.</param>
    public sealed record Path(string Location) : CorpusSource;

    /// <summary>Articles built in code (text, bytes or files), extracted like any others.</summary>
    /// <param name="Inputs">The articles.</param>
    public sealed record Articles(IEnumerable<ArticleInput> Inputs) : CorpusSource;

    /// <summary>A corpus that is already built: its articles are added as they are, without extraction.</summary>
    /// <param name="Value">The corpus.</param>
    public sealed record Built(Corpus Value) : CorpusSource;
}
