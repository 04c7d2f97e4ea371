using Dicta.Extraction.Loading;
using Dicta.Model;

namespace Dicta.Extraction.Tests.Loading;

/// <summary>
/// An extractor remembers what the lexicons say of words from article to article (token texts, role words, names,
/// speakers by date): what it extracts must not depend on what it extracted before.
/// </summary>
public class ExtractionOrderTests
{
    [Fact]
    public void Each_seed_article_reads_the_same_whatever_was_extracted_before_it()
    {
        var seeds = ArticleSources.Seeds().ToList();
        var alone = seeds.ToDictionary(input => input.Id, input => Describe(new ArticleExtractor(LoadOptions.Default).Extract(input).Article!));

        foreach (var order in new[] { seeds, Enumerable.Reverse(seeds).ToList() })
        {
            var extractor = new ArticleExtractor(LoadOptions.Default);
            foreach (var input in order.Concat(order))
            {
                Assert.Equal(alone[input.Id], Describe(extractor.Extract(input).Article!));
            }
        }
    }

    [Fact]
    public void An_article_dated_after_another_resolves_titles_by_its_own_date()
    {
        const string Text = "---\npublished: {0}\n---\nTalks\n\n“We are ready,” the Ukrainian president said on Monday.\n";
        static string Speaker(ArticleExtractor extractor, string date) =>
            Assert.Single(extractor.Extract(ArticleInput.FromText($"{date}.txt", string.Format(System.Globalization.CultureInfo.InvariantCulture, Text, date))).Article!.Statements).Speaker.Name;

        var early = Speaker(new ArticleExtractor(LoadOptions.Default), "2015-06-01");
        var late = Speaker(new ArticleExtractor(LoadOptions.Default), "2023-06-01");
        var shared = new ArticleExtractor(LoadOptions.Default);

        Assert.NotEqual(early, late);
        Assert.Equal(early, Speaker(shared, "2015-06-01"));
        Assert.Equal(late, Speaker(shared, "2023-06-01"));
        Assert.Equal(early, Speaker(shared, "2015-06-01"));
    }

    private static string Describe(Article article) =>
        string.Join('\n', article.Statements.Select(s =>
            $"{s.ContentSpan} {s.Kind} {s.Speaker.Name} {s.Addressee?.Name} {s.Via?.Name} {string.Join(',', s.Topics.Select(t => t.Slug))} {string.Join(',', s.Alternatives.Select(a => a.Name))}"));
}
