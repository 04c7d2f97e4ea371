namespace Dicta.Extraction.Lexicons;

/// <summary>A word found to be a form of a cue verb: the verb and which forms the word is.</summary>
/// <param name="Verb">The verb.</param>
/// <param name="Forms">The forms the word is ("said": past and past participle).</param>
public readonly record struct CueVerbMatch(CueVerb Verb, VerbForms Forms);
