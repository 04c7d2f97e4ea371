using Dicta.Extraction.Lexicons;
using Dicta.Model;

namespace Dicta.Extraction.Tests.Lexicons;

public class TopicLexiconTests
{
    private static readonly string[] GoldSlugs =
    [
        "taiwan", "ukraine", "world-order", "interference", "human-rights", "security", "sanctions", "trade", "finance",
        "partnership", "multilateral", "sports", "health", "middle-east",
    ];

    private static string[] Slugs(string text) => [.. TopicLexicon.Default.Tag(text).Select(t => t.Slug)];

    [Fact]
    public void The_embedded_lexicon_loads_without_diagnostics()
    {
        using var stream = typeof(TopicLexicon).Assembly.GetManifestResourceStream("Dicta.Data.topics.json")!;
        var result = TopicLexicon.Load(stream, "topics.json");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(TopicLexicon.Default.Topics.ToArray(), result.Lexicon.Topics.ToArray());
    }

    [Fact]
    public void The_default_has_exactly_the_slugs_of_the_statement_definition()
    {
        Assert.Equal(GoldSlugs.Order(StringComparer.Ordinal), TopicLexicon.Default.Topics.Select(t => t.Slug).Order(StringComparer.Ordinal));
        Assert.All(TopicLexicon.Default.Definitions, d => Assert.NotEmpty(d.Terms));
    }

    [Fact]
    public void Default_is_loaded_once()
    {
        Assert.Same(TopicLexicon.Default, TopicLexicon.Default);
    }

    [Theory]
    [InlineData("Russia condemned provocations in the Taiwan Strait", "taiwan")]
    [InlineData("Moscow adheres to the one-China principle", "taiwan")]
    [InlineData("Moscow adheres to the one China principle", "taiwan")]
    [InlineData("the Ukraine crisis", "ukraine")]
    [InlineData("shelling near Kyiv and in the Donbas", "ukraine")]
    [InlineData("a multipolar world order based on international law", "world-order")]
    [InlineData("opposing hegemonism", "world-order")]
    [InlineData("interfering in their internal affairs", "interference")]
    [InlineData("a policy of double containment", "interference")]
    [InlineData("human rights in Xinjiang and Tibet", "human-rights")]
    [InlineData("NATO will not expand", "security")]
    [InlineData("legally binding security guarantees", "security")]
    [InlineData("the U.S. imposed sanctions", "sanctions")]
    [InlineData("they were sanctioned last year", "sanctions")]
    [InlineData("an oil embargo", "sanctions")]
    [InlineData("bilateral trade surged", "trade")]
    [InlineData("emerging economies", "trade")]
    [InlineData("payments in yuan and roubles", "finance")]
    [InlineData("disconnect Moscow from the SWIFT network", "finance")]
    [InlineData("political mutual trust and respect for core interests", "partnership")]
    [InlineData("the central role of the United Nations", "multilateral")]
    [InlineData("members of the Security Council", "multilateral")]
    [InlineData("the Winter Olympics in Beijing", "sports")]
    [InlineData("Sputnik vaccines against COVID-19", "health")]
    [InlineData("conflict resolution in the Middle East", "middle-east")]
    public void Tags_the_topic_of_its_general_vocabulary(string text, string slug)
    {
        Assert.Contains(slug, Slugs(text));
    }

    [Theory]
    [InlineData("China’s position on Taiwan")]
    [InlineData("China's position on Taiwan")]
    [InlineData("TAIWAN")]
    [InlineData("taiwan's")]
    [InlineData("Taiwanese officials")]
    public void Matches_ignoring_case_possessives_and_apostrophe_style(string text)
    {
        Assert.Equal(["taiwan"], Slugs(text));
    }

    [Theory]
    [InlineData("a swift response")]
    [InlineData("Kyivstar, a mobile operator")]
    [InlineData("the contents were contained in a box")]
    [InlineData("he traded places with her")]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public void Tags_nothing_where_no_term_occurs_as_a_whole_word(string text)
    {
        Assert.Empty(TopicLexicon.Default.Tag(text));
    }

    [Fact]
    public void A_longer_phrase_shadows_the_terms_inside_it()
    {
        Assert.Equal(["multilateral"], Slugs("the UN Security Council"));
        Assert.DoesNotContain("security", Slugs("Social Security payments are due"));
    }

    [Fact]
    public void Ignored_phrases_tag_nothing()
    {
        Assert.DoesNotContain("security", Slugs("in defense of our common interests"));
        Assert.Contains("security", Slugs("the defense of Europe"));
    }

    [Fact]
    public void A_demonym_tags_the_topic_even_outside_the_conflict_because_the_tagger_is_lexical()
    {
        // Decided: "Ukrainian" is ukraine vocabulary wherever it occurs; the tagger does not judge word sense.
        Assert.Equal(["ukraine"], Slugs("a recipe from Ukrainian cuisine"));
    }

    [Fact]
    public void Topics_come_once_each_in_lexicon_order()
    {
        var topics = TopicLexicon.Default.Tag("sanctions on Taiwan, more sanctions, and Taiwan again");

        Assert.Equal(["taiwan", "sanctions"], topics.Select(t => t.Slug));
    }

    [Fact]
    public void Matches_give_the_spans_of_the_terms()
    {
        const string text = "Putin spoke of the one-China principle and sanctions.";
        var matches = TopicLexicon.Default.Matches(text);

        Assert.Equal(["one-China principle", "sanctions"], matches.Select(m => text[m.Span.Start..m.Span.End]));
        Assert.Equal("taiwan", matches[0].Topics.Single().Slug);
    }

    [Fact]
    public void A_prefix_term_matches_every_word_that_starts_with_it()
    {
        var lexicon = Lexicon(new TopicDefinition("interference", "Interference", ["interfer*"]));

        Assert.Single(lexicon.Tag("they interfered"));
        Assert.Single(lexicon.Tag("non-interference"));
        Assert.Empty(lexicon.Tag("inter"));
    }

    [Fact]
    public void Plural_inflection_applies_to_the_last_word_of_a_phrase()
    {
        var lexicon = Lexicon(new TopicDefinition("security", "Security", ["security guarantee", "military ally"]));

        Assert.Single(lexicon.Tag("security guarantees"));
        Assert.Single(lexicon.Tag("military allies"));
        Assert.Empty(lexicon.Tag("securities guarantee"));
    }

    [Fact]
    public void TryGetTopic_finds_by_slug_or_label_ignoring_case()
    {
        Assert.True(TopicLexicon.Default.TryGetTopic("World Order", out var topic));
        Assert.Equal("world-order", topic.Slug);
        Assert.True(TopicLexicon.Default.TryGetTopic("MIDDLE-EAST", out _));
        Assert.False(TopicLexicon.Default.TryGetTopic("weather", out _));
    }

    [Fact]
    public void Extend_merges_terms_and_takes_the_later_label()
    {
        var extension = Lexicon(new TopicDefinition("sanctions", "Sanctions and embargoes", ["tariff wall"]));

        var extended = TopicLexicon.Default.Extend(extension);

        var sanctions = extended.Definitions.Single(d => d.Slug == "sanctions");
        Assert.Equal("Sanctions and embargoes", sanctions.Label);
        Assert.Contains("embargo", sanctions.Terms);
        Assert.Contains("tariff wall", sanctions.Terms);
        Assert.Equal(TopicLexicon.Default.Topics.Length, extended.Topics.Length);
        Assert.Contains("sanctions", extended.Tag("a tariff wall").Select(t => t.Slug));
        Assert.DoesNotContain("sanctions", TopicLexicon.Default.Tag("a tariff wall").Select(t => t.Slug));
    }

    [Fact]
    public void Extend_with_replace_swaps_the_terms_of_a_slug()
    {
        var extension = Lexicon(new TopicDefinition("sports", "Sports", ["chess"], replacesTerms: true));

        var extended = TopicLexicon.Default.Extend(extension);

        Assert.Equal(["chess"], extended.Definitions.Single(d => d.Slug == "sports").Terms.ToArray());
        Assert.Empty(extended.Tag("the Olympics"));
        Assert.Equal(["sports"], extended.Tag("a chess match").Select(t => t.Slug));
    }

    [Fact]
    public void Extend_appends_new_topics_and_pools_ignored_phrases()
    {
        var extension = new TopicLexicon([new TopicDefinition("climate", "Climate", ["climate change", "emission"])], ["security blanket"]);

        var extended = TopicLexicon.Default.Extend(extension);

        Assert.Equal("climate", extended.Topics[^1].Slug);
        Assert.Equal(["climate"], extended.Tag("cutting emissions").Select(t => t.Slug));
        Assert.Empty(extended.Tag("a security blanket"));
        Assert.Contains("social security", extended.Ignored);
    }

    [Fact]
    public void A_later_definition_of_a_slug_replaces_an_earlier_one()
    {
        var lexicon = new TopicLexicon([new TopicDefinition("trade", "Trade", ["trade"]), new TopicDefinition("trade", "Commerce", ["commerce"])]);

        Assert.Equal(new Topic("trade", "Commerce"), Assert.Single(lexicon.Topics));
        Assert.Empty(lexicon.Tag("trade"));
    }

    [Theory]
    [InlineData("World-Order")]
    [InlineData("world--order")]
    [InlineData("-world")]
    [InlineData("world order")]
    public void Slugs_must_be_lower_case_words_joined_by_hyphens(string slug)
    {
        Assert.Throws<ArgumentException>(() => new TopicDefinition(slug, "x", ["x"]));
    }

    [Theory]
    [InlineData("***")]
    [InlineData("in*ter")]
    [InlineData("ab*")]
    public void Malformed_terms_are_rejected(string term)
    {
        Assert.Throws<ArgumentException>(() => new TopicDefinition("x", "x", [term]));
    }

    [Fact]
    public void The_empty_lexicon_tags_nothing()
    {
        Assert.Empty(TopicLexicon.Empty.Tag("Taiwan sanctions"));
    }

    private static TopicLexicon Lexicon(params TopicDefinition[] definitions) => new(definitions);
}
