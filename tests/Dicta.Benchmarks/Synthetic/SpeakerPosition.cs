namespace Dicta.Benchmarks.Synthetic;

/// <summary>What follows a speaker's mention, which decides whether an appositive needs a closing comma.</summary>
internal enum SpeakerPosition
{
    /// <summary>A verb follows: "X, Russia's foreign minister, said".</summary>
    BeforeVerb,

    /// <summary>Punctuation follows: "said X, Russia's foreign minister." or "According to X, ...".</summary>
    BeforePunctuation,
}
