using System.Collections.Immutable;
using Dicta.Model;

namespace Dicta.Query.Testing;

/// <summary>
/// The pools <see cref="CorpusGenerators.Corpora"/> draws from. They are small on purpose: with a few speakers, topics,
/// outlets and dates, the conditions of generated queries match some rows and miss others. Replace a pool to generate
/// corpora about your own speakers, topics or vocabulary; <see cref="QueryGenerationOptions.For(CorpusGenerationOptions)"/>
/// then gives queries about the same names.
/// </summary>
public sealed record CorpusGenerationOptions
{
    private static readonly Speaker Putin = new("Vladimir Putin", SpeakerKind.Person, ["Putin", "Russian President", "the leader"], "Russia", "President of Russia");
    private static readonly Speaker Xi = new("Xi Jinping", SpeakerKind.Person, ["Xi", "President Xi", "the leader"], "China", "President of China");
    private static readonly Speaker Lavrov = new("Sergei Lavrov", SpeakerKind.Person, ["Lavrov"], "Russia", "Foreign Minister");
    private static readonly Speaker Wang = new("Wang Yi", SpeakerKind.Person, ["Wang"], "China");
    private static readonly Speaker PutinAndXi = new("Putin and Xi", SpeakerKind.Group, ["the two leaders"], members: [Putin, Xi]);

    /// <summary>
    /// The default pools: Russian and Chinese officials, an organization, an outlet, groups (one nested), topics with a
    /// slug spelt two ways, words whose case folding and lower-casing disagree, and dates whose offset moves the day.
    /// </summary>
    public static CorpusGenerationOptions Default { get; } = new();

    /// <summary>
    /// The speakers statements are attributed to, addressed to and reported via. Each statement takes a random subset of
    /// a speaker's aliases and may drop its country or role, so the corpus has to merge what the articles say.
    /// </summary>
    public ImmutableArray<Speaker> Speakers { get; init; } =
    [
        Putin,
        Xi,
        Lavrov,
        Wang,
        new("Kremlin", SpeakerKind.Organization, ["the Kremlin", "Moscow"], "Russia"),
        new("CCTV", SpeakerKind.Outlet, ["China Central Television"], "China", "state broadcaster"),
        PutinAndXi,
        new("summit participants", SpeakerKind.Group, ["the delegations"], members: [PutinAndXi, Lavrov]),
    ];

    /// <summary>The topics statements touch; two share the slug <c>taiwan</c> under different labels.</summary>
    public ImmutableArray<Topic> Topics { get; init; } =
        [new("taiwan", "Taiwan"), new("taiwan", "Taiwan Strait"), new("ukraine", "Ukraine"), new("world-order", "World order"), new("trade", "Trade")];

    /// <summary>The words article text is made of (and that <c>has</c>, <c>contains</c> and the rest look for).</summary>
    public ImmutableArray<string> Words { get; init; } =
    [
        "Putin", "said", "the", "multipolar", "world", "Taiwan", "China's", "China’s", "U.S.", "well-known", "$218.2bn",
        "2023", "\u212Aelvin", "kelvin", "λόγος", "ΛΌΓΟΣ", "groß", "GROẞ", "café", "cafe\u0301", "war", "peace", "trade",
    ];

    /// <summary>The outlets articles come from; null for an article that does not say.</summary>
    public ImmutableArray<string?> Outlets { get; init; } = ["Sputnik International", "Xinhua", "CNSNews.com", null];

    /// <summary>When articles were published; null for an article that does not say.</summary>
    public ImmutableArray<DateTimeOffset?> PublicationDates { get; init; } =
    [
        new DateTimeOffset(2022, 9, 15, 10, 0, 0, TimeSpan.Zero),
        new DateTimeOffset(2022, 9, 15, 23, 30, 0, TimeSpan.FromHours(-5)),
        new DateTimeOffset(2023, 2, 21, 0, 15, 0, TimeSpan.FromHours(3)),
        new DateTimeOffset(2021, 12, 31, 12, 0, 0, TimeSpan.Zero),
        null,
    ];

    /// <summary>The ids articles get, in an order that ordinal sorting changes.</summary>
    public ImmutableArray<string> ArticleIds { get; init; } = ["a1", "a2", "a10", "B1", "b1", "x"];

    /// <summary>The most articles in a corpus (at most the number of <see cref="ArticleIds"/>).</summary>
    public int MaxArticles { get; init; } = 4;

    /// <summary>The most statements in an article.</summary>
    public int MaxStatementsPerArticle { get; init; } = 4;
}
