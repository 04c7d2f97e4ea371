using Dicta.Extraction.Lexicons;

namespace Dicta.Extraction.Attribution;

/// <summary>A word found to be a form of a cue verb.</summary>
/// <param name="Verb">The cue verb.</param>
/// <param name="IsParticiple">True for the -ing form, which takes the subject of its clause.</param>
/// <param name="MayBeNoun">True for the base and -s forms, which are also nouns ("a report", "claims", "the call").</param>
internal readonly record struct CueWord(CueVerb Verb, bool IsParticiple, bool MayBeNoun)
{
    /// <summary>True when the verb's object is whom it was said to.</summary>
    public bool TakesAddressee => Verb.TakesObjectAddressee;
}
