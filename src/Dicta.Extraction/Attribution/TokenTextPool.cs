using System.Collections.Concurrent;

namespace Dicta.Extraction.Attribution;

/// <summary>
/// The one string of each distinct token text: "said", "the" and the names come back sentence after sentence and
/// article after article, and a token needs its text as a string only once per spelling. One pool serves one
/// article at a time (it is not thread-safe); <see cref="Rent"/> and <see cref="Return"/> hand pools from article to
/// article, so that a load builds each common word's string once, not once per article.
/// </summary>
internal sealed class TokenTextPool
{
    /// <summary>How many texts a pool keeps between articles: beyond this it starts afresh, so memory stays bounded.</summary>
    internal const int MaxTexts = 1 << 16;

    /// <summary>The one-character strings of the ASCII characters, shared by every pool.</summary>
    private static readonly string[] AsciiCharacters = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];

    private readonly Dictionary<string, string> _texts;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Creates an empty pool for about <paramref name="capacity"/> distinct texts.</summary>
    public TokenTextPool(int capacity)
    {
        _texts = new Dictionary<string, string>(capacity, StringComparer.Ordinal);
        _lookup = _texts.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The number of distinct texts the pool holds.</summary>
    public int Count => _texts.Count;

    /// <summary>A pool from <paramref name="pools"/>, or a new one when none is free.</summary>
    public static TokenTextPool Rent(ConcurrentBag<TokenTextPool> pools) =>
        pools.TryTake(out var pool) ? pool : new TokenTextPool(capacity: 1024);

    /// <summary>Gives <paramref name="pool"/> back to <paramref name="pools"/> for the next article, emptied when it grew past <see cref="MaxTexts"/>.</summary>
    public static void Return(ConcurrentBag<TokenTextPool> pools, TokenTextPool pool)
    {
        if (pool.Count > MaxTexts)
        {
            pool._texts.Clear();
        }

        pools.Add(pool);
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
