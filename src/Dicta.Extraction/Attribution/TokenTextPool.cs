using System.Collections.Concurrent;
using System.Numerics;

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

    // An open-addressing table rather than a Dictionary with an alternate lookup: a token text is hashed once per
    // token, and the dictionary's span comparer is reached through interface calls that cost more than the hashing.
    private string?[] _slots;
    private int[] _hashes;

    /// <summary>Creates an empty pool for about <paramref name="capacity"/> distinct texts.</summary>
    public TokenTextPool(int capacity)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity * 2));
        _slots = new string?[size];
        _hashes = new int[size];
    }

    /// <summary>The number of distinct texts the pool holds.</summary>
    public int Count { get; private set; }

    /// <summary>A pool from <paramref name="pools"/>, or a new one when none is free.</summary>
    public static TokenTextPool Rent(ConcurrentBag<TokenTextPool> pools) =>
        pools.TryTake(out var pool) ? pool : new TokenTextPool(capacity: 1024);

    /// <summary>Gives <paramref name="pool"/> back to <paramref name="pools"/> for the next article, emptied when it grew past <see cref="MaxTexts"/>.</summary>
    public static void Return(ConcurrentBag<TokenTextPool> pools, TokenTextPool pool)
    {
        if (pool.Count > MaxTexts)
        {
            Array.Clear(pool._slots);
            pool.Count = 0;
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

        var hash = Hash(text);
        var mask = _slots.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            var pooled = _slots[slot];
            if (pooled is null)
            {
                return Add(new string(text), hash, slot);
            }

            if (_hashes[slot] == hash && text.SequenceEqual(pooled))
            {
                return pooled;
            }
        }
    }

    /// <summary>FNV-1a over the characters: token texts are short, and the pool needs no protection from chosen collisions.</summary>
    private static int Hash(ReadOnlySpan<char> text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash ^ (hash >> 15));
    }

    private string Add(string text, int hash, int slot)
    {
        _slots[slot] = text;
        _hashes[slot] = hash;
        if (++Count * 2 > _slots.Length)
        {
            Grow();
        }

        return text;
    }

    /// <summary>Doubles the table, so that it stays at most half full and probes stay short.</summary>
    private void Grow()
    {
        var (slots, hashes) = (_slots, _hashes);
        _slots = new string?[slots.Length * 2];
        _hashes = new int[slots.Length * 2];
        var mask = _slots.Length - 1;
        for (var i = 0; i < slots.Length; i++)
        {
            if (slots[i] is { } text)
            {
                var slot = hashes[i] & mask;
                while (_slots[slot] is not null)
                {
                    slot = (slot + 1) & mask;
                }

                _slots[slot] = text;
                _hashes[slot] = hashes[i];
            }
        }
    }
}
