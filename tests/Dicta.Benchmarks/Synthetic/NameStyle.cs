namespace Dicta.Benchmarks.Synthetic;

/// <summary>How the people of a country are named: which syllables, and whether the family name comes first.</summary>
internal enum NameStyle
{
    /// <summary>Given name and patronymic-style family name: "Dmitrei Kovalenko".</summary>
    Slavic,

    /// <summary>Family name first, then a two-syllable given name: "Zhao Weiming".</summary>
    Chinese,

    /// <summary>Given name and compound family name: "Clara Hartley".</summary>
    Western,

    /// <summary>Open syllables for the rest of the world: "Kemaro Sadinur".</summary>
    Generic,
}
