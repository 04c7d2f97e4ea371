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
    public static ExtractionLexicons Default { get; } = new(CueLexicon.Default, Gazetteer.Default, TopicLexicon.Default);
}
