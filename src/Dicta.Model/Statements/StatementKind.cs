namespace Dicta.Model;

/// <summary>How a statement gives what was said.</summary>
public enum StatementKind
{
    /// <summary>Inside quotation marks and attributed: “…,” Putin said.</summary>
    Direct,

    /// <summary>Reported speech that carries one or more quoted fragments.</summary>
    Partial,

    /// <summary>Reported speech without quotation marks, introduced by a speech-act cue.</summary>
    Indirect,
}
