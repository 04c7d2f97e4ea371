using System.Collections.Immutable;

namespace Dicta.Extraction.Lexicons;

/// <summary>
/// One element of a cue phrase: a word with its alternatives ("a|an|the"), possibly optional ("joint?"), or a
/// slot that a noun phrase fills ("{speaker}").
/// </summary>
/// <param name="Alternatives">The words that match here, in lower case; empty for a slot.</param>
/// <param name="Slot">The slot name (<see cref="CuePhrase.Slots"/>) or null for a word.</param>
/// <param name="IsOptional">True when the word may be absent.</param>
public sealed record CuePhraseElement(ImmutableArray<string> Alternatives, string? Slot, bool IsOptional)
{
    /// <summary>True for a slot.</summary>
    public bool IsSlot => Slot is not null;

    /// <summary>True when <paramref name="word"/> is one of the alternatives, ignoring case (a slot matches no single word).</summary>
    public bool Matches(ReadOnlySpan<char> word)
    {
        foreach (var alternative in Alternatives)
        {
            if (word.Equals(alternative, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when every part is equal.</summary>
    public bool Equals(CuePhraseElement? other) =>
        other is not null
        && string.Equals(Slot, other.Slot, StringComparison.Ordinal)
        && IsOptional == other.IsOptional
        && Alternatives.SequenceEqual(other.Alternatives, StringComparer.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Slot, IsOptional, Alternatives.Length);

    /// <summary>The element as the pattern spells it.</summary>
    public override string ToString() => Slot is not null ? $"{{{Slot}}}" : string.Join('|', Alternatives) + (IsOptional ? "?" : string.Empty);
}
