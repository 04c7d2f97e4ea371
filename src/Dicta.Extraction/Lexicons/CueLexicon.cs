using System.Collections.Immutable;
using System.Text;

namespace Dicta.Extraction.Lexicons;

/// <summary>
/// The speech-act cues the attribution stage looks for: verbs in all their forms (said, told, warning), nouns
/// of communication (statement, readout) and multi-word patterns (according to …, quoted … as saying). The
/// default ships as <c>Data/cues.json</c> (its header documents the format); users load their own file to
/// replace it or <see cref="Extend"/> the default with it. Immutable; look-ups are by word, ignoring case.
/// </summary>
public sealed class CueLexicon
{
    private readonly Dictionary<string, CueVerbMatch> _verbForms = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, CueVerbMatch>.AlternateLookup<ReadOnlySpan<char>> _verbLookup;

    // Attribution asks about every word of a text, and most are ruled out by their length and first letter.
    private readonly WordStarts _verbStarts;
    private readonly Dictionary<string, CueNoun> _singleWordNouns = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, ImmutableArray<CueNoun>> _nounsByFirstWord = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, ImmutableArray<CuePhrase>> _phrasesByAnchor = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates a lexicon; a later verb of the same lemma, noun or phrase pattern replaces an earlier one.</summary>
    public CueLexicon(IEnumerable<CueVerb> verbs, IEnumerable<CueNoun> nouns, IEnumerable<CuePhrase> phrases)
    {
        ArgumentNullException.ThrowIfNull(verbs);
        ArgumentNullException.ThrowIfNull(nouns);
        ArgumentNullException.ThrowIfNull(phrases);
        Verbs = LastWins(verbs, v => v.Lemma);
        Nouns = LastWins(nouns, n => n.Noun);
        Phrases = LastWins(phrases, p => p.Pattern);

        foreach (var verb in Verbs)
        {
            foreach (var (word, forms) in verb.Spellings())
            {
                _verbForms[word] = new CueVerbMatch(verb, forms);
            }
        }

        _verbLookup = _verbForms.GetAlternateLookup<ReadOnlySpan<char>>();
        _verbStarts = WordStarts.Of(_verbForms.Keys);

        foreach (var noun in Nouns)
        {
            if (noun.Words.Length == 1)
            {
                _singleWordNouns[noun.Words[0]] = noun;
                _singleWordNouns[noun.PluralWords[0]] = noun;
            }

            foreach (var first in new[] { noun.Words[0], noun.PluralWords[0] }.Distinct(StringComparer.OrdinalIgnoreCase))
            {
                _nounsByFirstWord[first] = _nounsByFirstWord.GetValueOrDefault(first, []).Add(noun);
            }
        }

        foreach (var phrase in Phrases)
        {
            foreach (var word in phrase.Elements[phrase.Anchor].Alternatives)
            {
                _phrasesByAnchor[word] = _phrasesByAnchor.GetValueOrDefault(word, []).Add(phrase);
            }
        }
    }

    /// <summary>The name of the default cue file.</summary>
    public const string FileName = "cues.json";

    /// <summary>The lexicon with no cues.</summary>
    public static CueLexicon Empty { get; } = new([], [], []);

    private static readonly Lazy<CueLexicon> DefaultLexicon =
        new(() => LexiconReader.LoadEmbedded<CueLexicon>(FileName, Empty, CueLexiconReader.Read), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The cues that ship with Dicta (<c>Data/cues.json</c>), loaded once on first use.</summary>
    public static CueLexicon Default => DefaultLexicon.Value;

    /// <summary>The cue verbs, in file order.</summary>
    public ImmutableArray<CueVerb> Verbs { get; }

    /// <summary>The cue nouns, in file order.</summary>
    public ImmutableArray<CueNoun> Nouns { get; }

    /// <summary>The cue phrases, in file order.</summary>
    public ImmutableArray<CuePhrase> Phrases { get; }

    /// <summary>Reads a cue lexicon from a JSON stream; problems become diagnostics located in <paramref name="path"/>.</summary>
    /// <param name="stream">The UTF-8 JSON.</param>
    /// <param name="path">The name shown in diagnostics.</param>
    public static LexiconLoadResult<CueLexicon> Load(Stream stream, string? path = null) =>
        LexiconReader.LoadStream(stream, path, Empty, CueLexiconReader.Read);

    /// <summary>Reads a cue lexicon from a JSON file; an unreadable file gives an empty lexicon and a diagnostic.</summary>
    public static LexiconLoadResult<CueLexicon> Load(string path) =>
        LexiconReader.LoadFile(path, Empty, CueLexiconReader.Read);

    /// <summary>Reads a cue lexicon from JSON text.</summary>
    /// <param name="json">The JSON.</param>
    /// <param name="path">The name shown in diagnostics.</param>
    public static LexiconLoadResult<CueLexicon> Parse(string json, string? path = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return LexiconReader.Load(Encoding.UTF8.GetBytes(json), path ?? "(text)", Empty, CueLexiconReader.Read);
    }

    /// <summary>
    /// This lexicon with <paramref name="other"/>'s cues added: a verb of the same lemma, a noun or a phrase
    /// pattern the other also has is replaced by the other's.
    /// </summary>
    public CueLexicon Extend(CueLexicon other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new CueLexicon(Verbs.Concat(other.Verbs), Nouns.Concat(other.Nouns), Phrases.Concat(other.Phrases));
    }

    /// <summary>Finds the cue verb <paramref name="word"/> is a form of ("told" → tell, past and past participle), ignoring case.</summary>
    public bool TryGetVerb(string word, out CueVerbMatch match)
    {
        ArgumentNullException.ThrowIfNull(word);
        return TryGetVerb(word.AsSpan(), out match);
    }

    /// <summary>Finds the cue verb <paramref name="word"/> is a form of, without allocating.</summary>
    public bool TryGetVerb(ReadOnlySpan<char> word, out CueVerbMatch match)
    {
        if (!_verbStarts.MayContain(word))
        {
            match = default;
            return false;
        }

        return _verbLookup.TryGetValue(word, out match);
    }

    /// <summary>Finds the one-word cue noun <paramref name="word"/> is, singular or plural ("remarks" → remark), ignoring case.</summary>
    public bool TryGetNoun(string word, out CueNoun noun)
    {
        ArgumentNullException.ThrowIfNull(word);
        noun = _singleWordNouns.GetValueOrDefault(word)!;
        return noun is not null;
    }

    /// <summary>
    /// The longest cue noun, one word or several ("press conference"), that starts at <paramref name="start"/> in
    /// <paramref name="words"/>; returns its number of words, or 0.
    /// </summary>
    public int MatchNoun(IReadOnlyList<string> words, int start, out CueNoun? noun)
    {
        ArgumentNullException.ThrowIfNull(words);
        noun = null;
        if (start < 0 || start >= words.Count || !_nounsByFirstWord.TryGetValue(words[start], out var candidates))
        {
            return 0;
        }

        var best = 0;
        foreach (var candidate in candidates)
        {
            var length = candidate.MatchAt(words, start);
            if (length > best)
            {
                best = length;
                noun = candidate;
            }
        }

        return best;
    }

    /// <summary>The phrases whose anchor word (<see cref="CuePhrase.Anchor"/>) is <paramref name="word"/>, ignoring case.</summary>
    public ImmutableArray<CuePhrase> PhrasesAnchoredAt(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return _phrasesByAnchor.GetValueOrDefault(word, []);
    }

    private static ImmutableArray<T> LastWins<T>(IEnumerable<T> items, Func<T, string> key)
    {
        var order = new List<string>();
        var byKey = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in items)
        {
            ArgumentNullException.ThrowIfNull(item);
            if (!byKey.ContainsKey(key(item)))
            {
                order.Add(key(item));
            }

            byKey[key(item)] = item;
        }

        return [.. order.Select(k => byKey[k])];
    }
}
