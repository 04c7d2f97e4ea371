using System.Collections.Immutable;
using System.Globalization;
using Dicta.Benchmarks.Synthetic;
using Dicta.Model;

namespace Dicta.Benchmarks.Model;

/// <summary>
/// A corpus of a given number of statements, built straight into the model (articles, source texts, blocks,
/// sentences, statements with their spans, speakers, channels, topics and dates) without running extraction, which
/// would take minutes for a million statements. Deterministic: the same seed and size give the same corpus.
/// </summary>
/// <remarks>
/// Articles have 3 to 10 statements (6.5 on average) and about 1,000 characters of text; speakers are the text
/// generator's recurring cast (several hundred voices, quoted with a Zipf distribution) plus a newcomer in every other
/// article, so a million statements have some 77,000 speakers; 10 topics, one or two per article.
/// </remarks>
public sealed class StatementCorpus
{
    /// <summary>The seed every benchmark uses.</summary>
    public const int DefaultSeed = 20261123;

    private StatementCorpus(Corpus corpus, long sourceCharacters, ImmutableArray<Speaker> recurringSpeakers, ImmutableArray<Topic> topics)
    {
        Corpus = corpus;
        SourceCharacters = sourceCharacters;
        RecurringSpeakers = recurringSpeakers;
        Topics = topics;
    }

    /// <summary>The corpus.</summary>
    public Corpus Corpus { get; }

    /// <summary>The number of UTF-16 characters of all its articles' texts.</summary>
    public long SourceCharacters { get; }

    /// <summary>The recurring speakers, most quoted first: the ones a query would ask for.</summary>
    public ImmutableArray<Speaker> RecurringSpeakers { get; }

    /// <summary>The topics, in the order of the generator's list.</summary>
    public ImmutableArray<Topic> Topics { get; }

    /// <summary>A corpus of exactly <paramref name="statements"/> statements.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="statements"/> is negative.</exception>
    public static StatementCorpus Create(int statements, int seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(statements);
        var random = new Random(seed);
        var speakers = new SpeakerPool(random);
        ImmutableArray<(SyntheticTopic Source, Topic Symbol)> topics =
            [.. Synthetic.Topics.All.Select(t => (t, new Topic(Slug(t.Label), t.Label)))];
        var writer = new ModelArticleWriter(random, speakers, topics);
        var articles = new List<Article>();
        var characters = 0L;
        for (var left = statements; left > 0;)
        {
            var count = Math.Min(left, random.Next(3, 11));
            var article = writer.Write(string.Create(CultureInfo.InvariantCulture, $"model-{seed}-{articles.Count:D7}"), count);
            articles.Add(article);
            characters += article.Text.Length;
            left -= count;
        }

        return new StatementCorpus(Corpus.Create(articles), characters, [.. speakers.Recurring.Select(s => s.Symbol)], [.. topics.Select(t => t.Symbol)]);
    }

    /// <summary>"World order" → "world-order".</summary>
    private static string Slug(string label) => label.ToLowerInvariant().Replace(' ', '-');
}
