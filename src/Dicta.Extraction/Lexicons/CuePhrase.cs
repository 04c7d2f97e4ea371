using System.Collections.Immutable;

namespace Dicta.Extraction.Lexicons;

/// <summary>
/// A multi-word cue such as "according to {source}" or "{channel} quoted {speaker} as saying", as elements to
/// match word by word (words as <see cref="WordTokenizer"/> cuts them). The attribution stage finds the
/// <see cref="Anchor"/> word, matches the runs of words with <see cref="MatchRun"/>, and fills the slots with the
/// noun phrases between them.
/// </summary>
public sealed record CuePhrase
{
    /// <summary>The slot names a pattern may use: the speaker, the channel that reports, the addressee, and a source that may be either speaker or channel.</summary>
    public static ImmutableArray<string> Slots { get; } = ["speaker", "channel", "addressee", "source"];

    private CuePhrase(string pattern, CuePhraseKind kind, ImmutableArray<CuePhraseElement> elements, int anchor)
    {
        Pattern = pattern;
        Kind = kind;
        Elements = elements;
        Anchor = anchor;
    }

    /// <summary>The pattern as written ("according to {source}").</summary>
    public string Pattern { get; }

    /// <summary>What the phrase tells: who said it, or how and where.</summary>
    public CuePhraseKind Kind { get; }

    /// <summary>The elements, in order.</summary>
    public ImmutableArray<CuePhraseElement> Elements { get; }

    /// <summary>The index of the first word element that is not optional: where matching starts.</summary>
    public int Anchor { get; }

    /// <summary>
    /// Parses a pattern: elements separated by spaces; <c>{slot}</c> for a slot; words with alternatives
    /// separated by <c>|</c>; a trailing <c>?</c> for an optional word. Each alternative must be one word.
    /// </summary>
    public static bool TryParse(string pattern, CuePhraseKind kind, out CuePhrase phrase, out string error)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        phrase = null!;
        var elements = ImmutableArray.CreateBuilder<CuePhraseElement>();
        foreach (var part in pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (part.StartsWith('{') && part.EndsWith('}'))
            {
                var slot = part[1..^1];
                if (!Slots.Contains(slot, StringComparer.Ordinal))
                {
                    error = $"the pattern '{pattern}' has the unknown slot {part} (known: {string.Join(", ", Slots.Select(s => $"{{{s}}}"))})";
                    return false;
                }

                elements.Add(new CuePhraseElement([], slot, IsOptional: false));
                continue;
            }

            var optional = part.EndsWith('?');
            var alternatives = (optional ? part[..^1] : part).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            foreach (var alternative in alternatives)
            {
                if (!IsOneWord(alternative))
                {
                    error = $"'{alternative}' in the pattern '{pattern}' is not one word (letters and digits only)";
                    return false;
                }
            }

            if (alternatives.Length == 0)
            {
                error = $"the pattern '{pattern}' has an empty word";
                return false;
            }

            elements.Add(new CuePhraseElement([.. alternatives.Select(a => a.ToLowerInvariant())], null, optional));
        }

        var anchor = -1;
        for (var i = 0; i < elements.Count && anchor < 0; i++)
        {
            anchor = !elements[i].IsSlot && !elements[i].IsOptional ? i : -1;
        }

        if (anchor < 0)
        {
            error = $"the pattern '{pattern}' has no word that must be present";
            return false;
        }

        phrase = new CuePhrase(pattern.Trim(), kind, elements.ToImmutable(), anchor);
        error = string.Empty;
        return true;
    }

    /// <summary>Parses a pattern that must be valid.</summary>
    /// <exception cref="ArgumentException">The pattern is malformed.</exception>
    public static CuePhrase Parse(string pattern, CuePhraseKind kind) =>
        TryParse(pattern, kind, out var phrase, out var error) ? phrase : throw new ArgumentException(error, nameof(pattern));

    /// <summary>
    /// Matches the run of word elements from <paramref name="firstElement"/> up to the next slot (or the end)
    /// against <paramref name="words"/> from <paramref name="start"/>, ignoring case and skipping optional words
    /// where needed. Returns the number of words matched, or −1.
    /// </summary>
    public int MatchRun(IReadOnlyList<string> words, int start, int firstElement)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(firstElement);
        return Match(words, start, firstElement);
    }

    /// <summary>The index of the next slot at or after <paramref name="element"/>, or the element count.</summary>
    public int NextSlot(int element)
    {
        for (var i = element; i < Elements.Length; i++)
        {
            if (Elements[i].IsSlot)
            {
                return i;
            }
        }

        return Elements.Length;
    }

    /// <summary>True when both have the same pattern and kind.</summary>
    public bool Equals(CuePhrase? other) =>
        other is not null && string.Equals(Pattern, other.Pattern, StringComparison.Ordinal) && Kind == other.Kind;

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Pattern);

    /// <summary>The pattern.</summary>
    public override string ToString() => Pattern;

    private int Match(IReadOnlyList<string> words, int position, int element)
    {
        if (element >= Elements.Length || Elements[element].IsSlot)
        {
            return 0;
        }

        var current = Elements[element];
        if (position < words.Count && current.Matches(words[position]))
        {
            var rest = Match(words, position + 1, element + 1);
            if (rest >= 0)
            {
                return rest + 1;
            }
        }

        return current.IsOptional ? Match(words, position, element + 1) : -1;
    }

    private static bool IsOneWord(string text)
    {
        var count = 0;
        foreach (var span in WordTokenizer.Words(text))
        {
            if (span.Start != 0 || span.Length != text.Length)
            {
                return false;
            }

            count++;
        }

        return count == 1;
    }
}
