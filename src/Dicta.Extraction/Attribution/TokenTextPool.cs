namespace Dicta.Extraction.Attribution;

/// <summary>
/// The one string of each distinct token text of an article: "said", "the" and the names come back sentence after
/// sentence, and a token needs its text as a string only once per spelling. Lives for one article; not thread-safe.
/// </summary>
internal sealed class TokenTextPool
{
    /// <summary>The one-character strings of the ASCII characters, shared by every article.</summary>
    private static readonly string[] AsciiCharacters = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];

    private readonly Dictionary<string, string> _texts;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Creates an empty pool for about <paramref name="capacity"/> distinct texts (sized once: growing it costs more than the pool saves).</summary>
    public TokenTextPool(int capacity)
    {
        _texts = new Dictionary<string, string>(capacity, StringComparer.Ordinal);
        _lookup = _texts.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The pooled string with the characters of <paramref name="text"/>.</summary>
    public string Get(ReadOnlySpan<char> text)
    {
        // Punctuation is a token in five: one shared string per ASCII character spares it the hashing.
        if (text.Length == 1 && char.IsAscii(text[0]))
        {
            return AsciiCharacters[text[0]];
        }

        if (!_lookup.TryGetValue(text, out var pooled))
        {
            pooled = new string(text);
            _texts.Add(pooled, pooled);
        }

        return pooled;
    }
}
