using System.Collections.Immutable;

namespace Dicta.Benchmarks.Synthetic;

/// <summary>
/// A news topic and the words a writer uses for it. Templates hold slots in braces ("{term}", "{country}") that the
/// article writer fills.
/// </summary>
/// <param name="Label">The topic's name in headings and tags: "Taiwan", "Sanctions".</param>
/// <param name="Terms">Noun phrases for the subject matter: "the Taiwan Strait", "export controls".</param>
/// <param name="Predicates">What someone says about it, as a clause's predicate: "would not back down over {term}".</param>
/// <param name="Quotes">First-person sentences for direct quotes, without final punctuation.</param>
/// <param name="Events">Narration: sentences of fact that quote nobody, without final punctuation.</param>
internal sealed record SyntheticTopic(
    string Label,
    ImmutableArray<string> Terms,
    ImmutableArray<string> Predicates,
    ImmutableArray<string> Quotes,
    ImmutableArray<string> Events);
