using System.Collections.Frozen;
using Dicta.Extraction.Lexicons;
using Dicta.Model;

namespace Dicta.Extraction.Attribution;

/// <summary>
/// What attribution and resolution ask of the lexicons, in their terms: is this word a cue, a role, a demonym; which
/// speaker does this phrase name. Built once per extractor from the cue lexicon and the gazetteer; immutable.
/// </summary>
internal sealed class AttributionVocabulary
{
    private static readonly FrozenSet<string> OrganizationWords = new[]
    {
        "ministry", "department", "office", "council", "committee", "commission", "agency", "government", "administration",
        "house", "party", "kremlin", "embassy", "parliament", "congress", "senate", "court", "bank", "army", "military",
        "navy", "customs", "authorities", "regime", "cabinet", "secretariat", "service", "bureau", "directorate", "union",
        "alliance", "organization", "organisation", "nations", "countries", "states", "media",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> OutletWords = new[]
    {
        "times", "news", "post", "journal", "broadcaster", "paper", "newspaper", "media", "tv", "television", "radio",
        "daily", "outlet", "network", "channel", "press", "wire", "tribune", "herald", "gazette", "telegraph", "guardian",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private readonly CueLexicon _cues;
    private readonly Gazetteer _gazetteer;

    /// <summary>Binds the vocabulary to a cue lexicon and a gazetteer.</summary>
    public AttributionVocabulary(CueLexicon cues, Gazetteer gazetteer)
    {
        _cues = cues;
        _gazetteer = gazetteer;
    }

    /// <summary>The cue verb that <paramref name="word"/> is a form of, with whether it is the -ing participle.</summary>
    public bool TryGetCue(string word, out CueWord cue)
    {
        if (_cues.TryGetVerb(word, out var match))
        {
            var participle = match.Forms.HasFlag(VerbForms.PresentParticiple);
            var mayBeNoun = (match.Forms & (VerbForms.Base | VerbForms.ThirdPersonSingular)) != 0 && (match.Forms & VerbForms.Past) == 0;
            cue = new CueWord(match.Verb, participle, mayBeNoun);
            return true;
        }

        cue = default;
        return false;
    }

    /// <summary>True when <paramref name="word"/> is any form of a cue verb.</summary>
    public bool IsCueWord(string word) => _cues.TryGetVerb(word, out _);

    /// <summary>True when <paramref name="next"/> is a particle the verb takes: "pointing to", "set out".</summary>
    public static bool ContinuesCue(CueWord cue, string next) => cue.Verb.Particles.Contains(next, StringComparer.OrdinalIgnoreCase);

    /// <summary>True for verbs whose object is always whom it was said to ("told Xi that …").</summary>
    public bool AlwaysTakesAddressee(string word) =>
        _cues.TryGetVerb(word, out var match) && match.Verb.TakesObjectAddressee && string.Equals(match.Verb.Lemma, "tell", StringComparison.Ordinal);

    /// <summary>True for words of roles and titles: "spokesman", "President", "aide".</summary>
    public bool IsRoleWord(string word) => _gazetteer.IsRoleWord(word);

    /// <summary>True for role words that denote a person ("leader", "official"), not an institution.</summary>
    public bool IsPersonRole(string word) => IsRoleWord(word) && !OrganizationWords.Contains(word) && !OutletWords.Contains(word);

    /// <summary>True for head nouns of institutions: "ministry", "council".</summary>
    public static bool IsOrganizationWord(string word) => OrganizationWords.Contains(word);

    /// <summary>True for head nouns of news outlets: "broadcaster", "Times".</summary>
    public static bool IsOutletWord(string word) => OutletWords.Contains(word);

    /// <summary>The country a demonym or country adjective names: "Russian" → "Russia".</summary>
    public string? CountryOfDemonym(string word) => _gazetteer.CountryOfDemonym(word);

    /// <summary>The attributive form of a country: "Russia" → "Russian".</summary>
    public string? DemonymOf(string country) => _gazetteer.TryGetCountry(country, out var found) ? found.AttributiveForm : null;

    /// <summary>
    /// The speaker the gazetteer resolves <paramref name="phrase"/> to, when it resolves to exactly one; with a
    /// <paramref name="date"/>, titles count only for whoever held them then ("the U.S. president" in 2021).
    /// </summary>
    public Speaker? Find(string phrase, DateOnly? date = null) => _gazetteer.ResolveSpeaker(phrase, date);

    /// <summary>Every speaker the gazetteer knows by <paramref name="phrase"/>: several for a title many have held.</summary>
    public IReadOnlyList<Speaker> FindAll(string phrase, DateOnly? date = null) => _gazetteer.LookupSpeakers(phrase, date);
}
