using System.Globalization;
using Dicta.Extraction.Lexicons;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dicta.Extraction.Tests.Lexicons;

public class TopicTaggingProperties
{
    /// <summary>Words of the default lexicon mixed with filler and separators, so generated texts do hit terms.</summary>
    private static readonly string[] Pieces =
    [
        "Taiwan", "one", "China", "Strait", "sanctions", "sanction", "Security", "Council", "security", "guarantees",
        "human", "rights", "multipolar", "world", "order", "trade", "SWIFT", "network", "in", "defense", "of", "the",
        "Ukraine", "Ukrainian", "Olympics", "COVID-19", "interfering", "internal", "affairs", "mutual", "trust",
        "Middle", "East", "yuan", "’s", "'s", "-", " ", "  ", ", ", ".", "\n", "“", "”", "é", "\u0301", "x",
    ];

    private static Arbitrary<string> Texts() =>
        Gen.ListOf(Gen.Elements(Pieces))
            .Select(pieces => string.Join(" ", pieces))
            .ToArbitrary();

    private static Arbitrary<(string Text, bool[] Upper)> TextsWithCasing() =>
        Gen.ListOf(Gen.Elements(Pieces))
            .SelectMany(pieces => Gen.ArrayOf(Gen.Elements(true, false), pieces.Count), (pieces, upper) => (string.Join(" ", pieces), upper))
            .ToArbitrary();

    [Property]
    public bool Tagging_never_throws_for_any_string(string? text)
    {
        TopicLexicon.Default.Tag(text);
        TopicLexicon.Default.Matches(text);
        return true;
    }

    [Property]
    public Property Tagging_twice_gives_the_same_topics() =>
        Prop.ForAll(Texts(), text => TopicLexicon.Default.Tag(text).SequenceEqual(TopicLexicon.Default.Tag(text)));

    [Property]
    public Property Letter_case_does_not_change_the_topics() =>
        Prop.ForAll(TextsWithCasing(), sample =>
        {
            var (text, upper) = sample;
            var recased = string.Concat(text.Select((c, i) => upper.Length > 0 && upper[i % upper.Length] ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c)));
            var expected = TopicLexicon.Default.Tag(text);
            return expected.SequenceEqual(TopicLexicon.Default.Tag(recased))
                && expected.SequenceEqual(TopicLexicon.Default.Tag(text.ToUpper(CultureInfo.InvariantCulture)));
        });

    [Property]
    public Property Every_match_lies_inside_the_text_and_its_topics_are_tagged() =>
        Prop.ForAll(Texts(), text =>
        {
            var topics = TopicLexicon.Default.Tag(text);
            var matches = TopicLexicon.Default.Matches(text);
            return matches.All(m => m.Span.End <= text.Length && !m.Span.IsEmpty)
                && matches.SelectMany(m => m.Topics).Distinct().All(topics.Contains)
                && topics.All(t => matches.Any(m => m.Topics.Contains(t)));
        });

    [Property]
    public Property Tagging_a_text_surrounded_by_other_words_keeps_its_topics() =>
        Prop.ForAll(Texts(), text =>
        {
            var alone = TopicLexicon.Default.Tag(text);
            var embedded = TopicLexicon.Default.Tag("Filler. " + text + " . Filler");
            return alone.All(embedded.Contains);
        });
}
