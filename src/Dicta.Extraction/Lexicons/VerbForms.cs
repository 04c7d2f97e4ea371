namespace Dicta.Extraction.Lexicons;

/// <summary>The forms of a verb a word can be; several at once for words like "said" (past and past participle) or "set".</summary>
[Flags]
public enum VerbForms
{
    /// <summary>Not a form of the verb.</summary>
    None = 0,

    /// <summary>The base form: "say", "tell".</summary>
    Base = 1,

    /// <summary>The third person singular present: "says", "tells".</summary>
    ThirdPersonSingular = 2,

    /// <summary>The simple past: "said", "told".</summary>
    Past = 4,

    /// <summary>The past participle: "said", "told", "written".</summary>
    PastParticiple = 8,

    /// <summary>The present participle or gerund: "saying", "telling".</summary>
    PresentParticiple = 16,
}
