namespace Dicta.Extraction.Lexicons;

/// <summary>
/// The first characters of a set of words, by length, ignoring case: a quick "no" for a word whose length and first
/// character no word of the set has, before any hashing ("the", "of" and "and" are asked about in every sentence).
/// Case-insensitive comparison never changes a word's length, so the length rules words out exactly.
/// </summary>
internal sealed class WordStarts
{
    private readonly FirstCharacters[] _byLength;
    private readonly bool _hasEmpty;

    private WordStarts(FirstCharacters[] byLength, bool hasEmpty) => (_byLength, _hasEmpty) = (byLength, hasEmpty);

    /// <summary>The starts of <paramref name="words"/>.</summary>
    public static WordStarts Of(IReadOnlyCollection<string> words)
    {
        var byLength = new FirstCharacters[words.Count == 0 ? 0 : words.Max(w => w.Length) + 1];
        for (var length = 0; length < byLength.Length; length++)
        {
            byLength[length] = FirstCharacters.Of(words.Where(word => word.Length == length));
        }

        return new WordStarts(byLength, words.Any(word => word.Length == 0));
    }

    /// <summary>False only when no word of the set can equal <paramref name="word"/>, ignoring case.</summary>
    public bool MayContain(ReadOnlySpan<char> word) =>
        word.IsEmpty ? _hasEmpty : word.Length < _byLength.Length && _byLength[word.Length].MayStart(word[0]);
}
