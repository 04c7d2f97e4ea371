namespace Dicta.Extraction.Lexicons;

/// <summary>What a cue phrase tells the attribution stage.</summary>
public enum CuePhraseKind
{
    /// <summary>The phrase itself names who said it: "according to {source}", "{channel} quoted {speaker} as saying".</summary>
    Attribution,

    /// <summary>The phrase says how or where it was said, the speaker being named elsewhere: "in a statement", "told reporters".</summary>
    Setting,
}
