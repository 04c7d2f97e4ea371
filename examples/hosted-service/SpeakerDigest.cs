using Dicta.Model;
using Dicta.Query;

namespace Dicta.Examples.HostedService;

/// <summary>
/// A service of the host program: what the most quoted speakers of the corpus say. It gets the engine and the
/// corpus by injection and runs prepared, parameterized queries; the engine caches them, so asking about the same
/// speaker again neither parses nor binds the query again.
/// </summary>
internal sealed class SpeakerDigest(QueryEngine engine, Corpus corpus)
{
    private const string TopSpeakers = "statements group by speaker order by count desc";
    private const string TopicsOf = "statements where speaker = $who group by topic order by count desc limit 3";
    private const string ChannelsOf = "statements where speaker = $who group by via";

    /// <summary>A few lines per speaker, for the <paramref name="speakers"/> most quoted.</summary>
    public IEnumerable<string> Describe(int speakers)
    {
        yield return $"{corpus.ArticleCount} articles, {corpus.Statements.Length} statements, {corpus.Diagnostics.Length} diagnostics";
        foreach (var (speaker, count) in engine.Execute(TopSpeakers).As<(Speaker Speaker, int Count)>().Take(speakers))
        {
            var who = new Dictionary<string, object?> { ["who"] = speaker.Name };
            var topics = engine.Execute(TopicsOf, who).As<(string Topic, int Count)>();
            var channels = engine.Execute(ChannelsOf, who).As<(string Via, int Count)>();

            yield return "";
            yield return $"{speaker.Name} ({KindName(speaker.Kind)}): {count} statements";
            yield return "  about:   " + Join(topics.Where(t => t.Topic is not null).Select(t => $"{t.Topic} ({t.Count})"));
            yield return "  through: " + Join(channels.Where(c => c.Via is not null).Select(c => $"{c.Via} ({c.Count})"));
        }
    }

    private static string KindName(SpeakerKind kind) => kind.ToString().ToLowerInvariant();

    private static string Join(IEnumerable<string> parts) => string.Join(", ", parts) is { Length: > 0 } joined ? joined : "-";
}
