using System.Collections.Immutable;

namespace Dicta.Extraction.Lexicons;

/// <summary>
/// A noun of communication that can carry an attribution ("statement", "readout", "press conference"),
/// with its words as <see cref="WordTokenizer"/> cuts them so it can be matched word by word.
/// </summary>
public sealed record CueNoun
{
    /// <summary>Creates a cue noun.</summary>
    /// <param name="noun">The noun in the singular ("press conference").</param>
    /// <param name="plural">The plural when it is irregular; null for the regular one.</param>
    /// <exception cref="ArgumentException">The noun has no letters or digits.</exception>
    public CueNoun(string noun, string? plural = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(noun);
        Noun = noun.Trim();
        Words = SplitWords(Noun);
        if (Words.IsEmpty)
        {
            throw new ArgumentException($"The noun '{noun}' has no letters or digits.", nameof(noun));
        }

        var pluralWords = string.IsNullOrWhiteSpace(plural) ? [] : SplitWords(plural);
        PluralWords = pluralWords.IsEmpty ? Words.SetItem(Words.Length - 1, Inflection.Plural(Words[^1])) : pluralWords;
    }

    /// <summary>The noun in the singular, as written.</summary>
    public string Noun { get; }

    /// <summary>The words of the singular, in lower case.</summary>
    public ImmutableArray<string> Words { get; }

    /// <summary>The words of the plural, in lower case.</summary>
    public ImmutableArray<string> PluralWords { get; }

    /// <summary>
    /// The number of words of <paramref name="words"/> from <paramref name="start"/> that spell the noun, singular
    /// or plural, ignoring case; 0 when they do not.
    /// </summary>
    public int MatchAt(IReadOnlyList<string> words, int start)
    {
        ArgumentNullException.ThrowIfNull(words);
        return Spells(words, start, Words) ? Words.Length : Spells(words, start, PluralWords) ? PluralWords.Length : 0;
    }

    /// <summary>True when every part is equal.</summary>
    public bool Equals(CueNoun? other) =>
        other is not null
        && string.Equals(Noun, other.Noun, StringComparison.Ordinal)
        && PluralWords.SequenceEqual(other.PluralWords, StringComparer.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Noun);

    /// <summary>The noun.</summary>
    public override string ToString() => Noun;

    private static bool Spells(IReadOnlyList<string> words, int start, ImmutableArray<string> spelling)
    {
        if (start < 0 || start + spelling.Length > words.Count)
        {
            return false;
        }

        for (var i = 0; i < spelling.Length; i++)
        {
            if (!string.Equals(words[start + i], spelling[i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private static ImmutableArray<string> SplitWords(string text)
    {
        var words = ImmutableArray.CreateBuilder<string>();
        foreach (var span in WordTokenizer.Words(text))
        {
            words.Add(text.Substring(span.Start, span.Length).ToLowerInvariant());
        }

        return words.ToImmutable();
    }
}
