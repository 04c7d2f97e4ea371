namespace Dicta.Hosting;

/// <summary>The lexicons extraction uses, which a user can extend with files of their own.</summary>
public enum LexiconKind
{
    /// <summary>Speech-act cues ("said", "told", "according to").</summary>
    Cues,

    /// <summary>People, organizations, outlets, roles and countries.</summary>
    Gazetteer,

    /// <summary>Topics and the words that signal them.</summary>
    Topics,
}
