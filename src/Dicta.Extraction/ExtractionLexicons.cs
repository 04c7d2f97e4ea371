using Dicta.Extraction.Lexicons;

namespace Dicta.Extraction;

/// <summary>
/// The data extraction reads by: speech-act cues, the gazetteer of speakers, roles and countries, and the topic
/// lexicon. Each ships embedded and can be replaced or extended from a user's own JSON file.
/// </summary>
/// <param name="Cues">The speech-act cues.</param>
/// <param name="Gazetteer">Known people, organizations, outlets, countries and role words.</param>
/// <param name="Topics">The topics and the terms that signal them.</param>
public sealed record ExtractionLexicons(CueLexicon Cues, Gazetteer Gazetteer, TopicLexicon Topics)
{
    /// <summary>The lexicons that ship with Dicta.</summary>
    public static ExtractionLexicons Default { get; } = ReadDefault();

    /// <summary>
    /// Reads the three shipped lexicons side by side: they are independent, and reading them is a good part of how long
    /// a one-off command takes to start.
    /// </summary>
    private static ExtractionLexicons ReadDefault()
    {
        var gazetteer = Task.Run(() => Gazetteer.Default);
        var topics = Task.Run(() => TopicLexicon.Default);
        return new(CueLexicon.Default, gazetteer.GetAwaiter().GetResult(), topics.GetAwaiter().GetResult());
    }
}
