using System.Text;
using System.Text.Json;
using Dicta.Extraction.Loading;
using Dicta.Extraction.Tests.Loading;
using Dicta.Model;

namespace Dicta.Extraction.Tests.Reliability;

/// <summary>
/// One load of the good <see cref="Articles"/> with one bad input between them, through one entry point; and the
/// check that the good articles came out exactly as they do when each is loaded alone.
/// </summary>
internal sealed class MixedLoad : IDisposable
{
    /// <summary>The bad input's id (its file name, or its record id) in every entry point.</summary>
    public const string BadId = "bad.txt";

    private readonly TempDirectory _directory = new();

    private MixedLoad(EntryPoint entry, Func<string, string, Corpus> load)
    {
        Entry = entry;
        BadPath = Path.Combine(_directory.Path, BadId);
        Corpus = load(_directory.Path, BadPath);
    }

    public EntryPoint Entry { get; }

    /// <summary>Where the bad file is, for the entry points that read files.</summary>
    public string BadPath { get; }

    public Corpus Corpus { get; }

    /// <summary>The bad article, when the bad input made one.</summary>
    public Article? Bad => Corpus.Articles.SingleOrDefault(a => a.Id == BadId);

    /// <summary>The diagnostics of the load (the corpus's and its articles') located in the bad input.</summary>
    public IEnumerable<Dicta.Model.Diagnostics.Diagnostic> BadDiagnostics => Corpus.Diagnostics.Where(d => d.Location.Path == BadId || d.Location.Path == BadPath);

    /// <summary>Loads the good articles with <paramref name="bad"/> between them, written as bytes where the entry point reads bytes.</summary>
    public static MixedLoad OfBytes(EntryPoint entry, byte[] bad, LoadOptions? options = null) =>
        entry switch
        {
            EntryPoint.JsonLines or EntryPoint.Text => throw new ArgumentException("JSON Lines and text inputs hold text, not bytes.", nameof(entry)),
            _ => Of(entry, bad, null, options),
        };

    /// <summary>Loads the good articles with the text <paramref name="bad"/> between them (UTF-8 where the entry point reads bytes).</summary>
    public static MixedLoad OfText(EntryPoint entry, string bad, LoadOptions? options = null) =>
        Of(entry, Encoding.UTF8.GetBytes(bad), bad, options);

    /// <summary>Each good article is in the load, identical to the same article loaded alone.</summary>
    public void AssertGoodArticlesUnaffected() => AssertGoodArticlesUnaffected(Corpus);

    /// <summary>Each good article is in <paramref name="corpus"/>, identical to the same article loaded alone.</summary>
    public static void AssertGoodArticlesUnaffected(Corpus corpus)
    {
        foreach (var (name, text) in Articles.Good)
        {
            var alone = Assert.Single(new CorpusLoader().Load([ArticleInput.FromText(name, text)]).Articles);
            Assert.NotEmpty(alone.Statements);
            var mixed = Assert.Single(corpus.Articles, a => a.Id == name);
            Assert.Equal(ArticleSnapshot.Of(alone), ArticleSnapshot.Of(mixed));
        }
    }

    public void Dispose() => _directory.Dispose();

    private static MixedLoad Of(EntryPoint entry, byte[] badBytes, string? badText, LoadOptions? options)
    {
        var loader = new CorpusLoader(options);
        return new MixedLoad(entry, (directory, badPath) =>
        {
            var (first, second) = (Articles.Good[0], Articles.Good[1]);
            switch (entry)
            {
                case EntryPoint.Directory or EntryPoint.Files:
                    var paths = new[] { Write(directory, first.Name, first.Text), badPath, Write(directory, second.Name, second.Text) };
                    File.WriteAllBytes(badPath, badBytes);
                    return loader.Load(entry == EntryPoint.Directory ? [directory] : paths);
                case EntryPoint.Bytes:
                    return loader.Load([ArticleInput.FromText(first.Name, first.Text), ArticleInput.FromBytes(BadId, badBytes), ArticleInput.FromText(second.Name, second.Text)]);
                case EntryPoint.Text:
                    return loader.Load([ArticleInput.FromText(first.Name, first.Text), ArticleInput.FromText(BadId, badText!), ArticleInput.FromText(second.Name, second.Text)]);
                default:
                    var feed = Path.Combine(directory, "feed.jsonl");
                    File.WriteAllLines(feed, [Record(first.Name, first.Text), Record(BadId, badText!), Record(second.Name, second.Text)]);
                    return loader.Load([feed]);
            }
        });
    }

    /// <summary>Writes the good articles into <paramref name="directory"/>; their paths.</summary>
    public static string[] WriteGoodArticles(string directory) => [.. Articles.Good.Select(a => Write(directory, a.Name, a.Text))];

    private static string Write(string directory, string name, string text)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string Record(string id, string text) => JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = id, ["text"] = text });
}
