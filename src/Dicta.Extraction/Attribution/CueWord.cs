using Dicta.Extraction.Lexicons;

namespace Dicta.Extraction.Attribution;

/// <summary>A word found to be a form of a cue verb.</summary>
/// <param name="Verb">The cue verb.</param>
/// <param name="IsParticiple">True for the -ing form, which takes the subject of its clause.</param>
internal readonly record struct CueWord(CueVerb Verb, bool IsParticiple)
{
    /// <summary>True when the verb's object is whom it was said to.</summary>
    public bool TakesAddressee => Verb.TakesObjectAddressee;
}
