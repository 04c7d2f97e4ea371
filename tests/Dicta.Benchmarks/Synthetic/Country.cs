namespace Dicta.Benchmarks.Synthetic;

/// <summary>A country the synthetic news is about: how it is named, where its datelines are filed, how its people are named.</summary>
/// <param name="Name">The name as it reads mid-sentence: "Russia", "the United States".</param>
/// <param name="Adjective">"Russian", "U.S.".</param>
/// <param name="Capital">The capital, the city of its datelines and its metonym ("Moscow said").</param>
/// <param name="Style">How its people are named.</param>
internal sealed record Country(string Name, string Adjective, string Capital, NameStyle Style)
{
    /// <summary>The possessive: "Russia's", "the United States'".</summary>
    public string Possessive(string apostrophe) =>
        Name.EndsWith('s') ? Name + apostrophe : Name + apostrophe + "s";
}
