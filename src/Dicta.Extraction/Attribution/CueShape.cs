namespace Dicta.Extraction.Attribution;

/// <summary>The grammatical shape of a speech-act cue, which says where its speaker, channel and content stand.</summary>
internal enum CueShape
{
    /// <summary>A finite verb with its subject: "Putin said", "said Raisi", "Moscow has denied".</summary>
    Verb,

    /// <summary>A participle that takes the subject of its clause: ", saying …", "while acknowledging …", "Emphasizing …,".</summary>
    Participle,

    /// <summary>"according to X": X is the speaker, or the channel when the sentence names another speaker.</summary>
    AccordingTo,

    /// <summary>"X quoted Y as saying": Y speaks through X.</summary>
    QuotedAs,

    /// <summary>"Y was quoted by X as saying": Y speaks through X, when X is named.</summary>
    PassiveQuoted,
}
