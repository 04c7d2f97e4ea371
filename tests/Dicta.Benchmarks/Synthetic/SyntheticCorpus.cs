using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Dicta.Extraction.Loading;

namespace Dicta.Benchmarks.Synthetic;

/// <summary>
/// A deterministic corpus of invented news articles, for benchmarks: the same seed and size always give the same
/// articles, character for character. The articles have the shapes of international news (headlines, datelines,
/// direct, partial and reported quotes, pronoun follow-ups, headings, boilerplate tails) and thousands of distinct
/// speakers on a large corpus, so that extraction and queries do realistic work at any scale.
/// </summary>
public sealed class SyntheticCorpus
{
    private SyntheticCorpus(int seed, ImmutableArray<ArticleInput> articles, ImmutableArray<SyntheticSpeaker> speakers, long characters, long bytes)
    {
        Seed = seed;
        Articles = articles;
        Speakers = speakers;
        CharacterCount = characters;
        Utf8ByteCount = bytes;
    }

    /// <summary>The seed the corpus was generated from.</summary>
    public int Seed { get; }

    /// <summary>The articles, as inputs to extraction, with ids "synthetic-{seed}-{index}.txt".</summary>
    public ImmutableArray<ArticleInput> Articles { get; }

    /// <summary>Every speaker the articles name, in order of first mention.</summary>
    public ImmutableArray<SyntheticSpeaker> Speakers { get; }

    /// <summary>The total length of the articles, in UTF-16 code units.</summary>
    public long CharacterCount { get; }

    /// <summary>The total size of the articles encoded as UTF-8: the size of the files they would be.</summary>
    public long Utf8ByteCount { get; }

    /// <summary>Articles until their total length reaches <paramref name="characters"/> (the last article is whole, so it may pass it).</summary>
    /// <param name="seed">Chooses the corpus; the same seed gives the same corpus.</param>
    /// <param name="characters">The least total length, in UTF-16 code units.</param>
    public static SyntheticCorpus OfSize(int seed, long characters)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(characters);
        return Generate(seed, (_, length) => length < characters);
    }

    /// <summary>Exactly <paramref name="articles"/> articles.</summary>
    /// <param name="seed">Chooses the corpus; the same seed gives the same corpus.</param>
    /// <param name="articles">How many articles.</param>
    public static SyntheticCorpus OfArticles(int seed, int articles)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(articles);
        return Generate(seed, (count, _) => count < articles);
    }

    private static SyntheticCorpus Generate(int seed, Func<int, long, bool> wantsMore)
    {
        // System.Random with a seed uses a fixed algorithm, so the sequence (and the corpus) is the same everywhere.
        var random = new Random(seed);
        var cast = new Cast(random);
        var articles = ImmutableArray.CreateBuilder<ArticleInput>();
        var speakers = ImmutableArray.CreateBuilder<SyntheticSpeaker>();
        var seen = new HashSet<SyntheticSpeaker>();
        long characters = 0;
        long bytes = 0;
        while (wantsMore(articles.Count, characters))
        {
            var writer = new ArticleWriter(random, cast);
            var text = writer.Write();
            var id = string.Create(CultureInfo.InvariantCulture, $"synthetic-{seed}-{articles.Count:D6}.txt");
            articles.Add(ArticleInput.FromText(id, text));
            speakers.AddRange(writer.Mentioned.Where(seen.Add));
            characters += text.Length;
            bytes += Encoding.UTF8.GetByteCount(text);
        }

        return new SyntheticCorpus(seed, articles.ToImmutable(), speakers.ToImmutable(), characters, bytes);
    }
}
