using Dicta.Extraction.Tests.Quotations;

namespace Dicta.Extraction.Tests.Sentences;

public class SeedSentenceTests
{
    public static TheoryData<string> Seeds() => [.. TestArticle.SeedNames];

    [Theory]
    [InlineData("has announced.The Russian", 14)]
    [InlineData("the Pentagon.Amid growing", 13)]
    [InlineData("according to the official.Patrushev stressed", 26)]
    [InlineData("the official said.Wang echoed", 18)]
    [InlineData("to destabilize the world.“Specifically", 25)]
    [InlineData("preserving peace in the world.“In conditions", 30)]
    [InlineData("with the changing situation.”“I believe", 29)]
    [InlineData("Wang said.Wang Yi announced", 10)]
    [InlineData("the US and NATO.US media", 16)]
    public void Seed_002s_glued_sentences_are_split_at_the_right_offsets(string marker, int offset)
    {
        var article = TestArticle.Seed("002_73fc8d6edca50fa8.txt");
        var at = article.Text.ToString().IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at >= 0);
        var boundary = at + offset;
        var sentences = article.Sentences();
        Assert.Contains(sentences, s => s.Span.End == boundary);
        Assert.Contains(sentences, s => s.Span.Start == boundary);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void No_sentence_boundary_falls_inside_a_closed_quotation(string seed)
    {
        var article = TestArticle.Seed(seed);
        var sentences = article.Sentences();
        foreach (var quotation in article.Scan().Quotations.Where(q => q.IsClosed))
        {
            Assert.All(sentences, s => Assert.True(!s.Span.OverlapsWith(quotation.Span) || s.Span.Contains(quotation.Span)));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_sentences_are_well_formed_and_cover_the_body(string seed)
    {
        var article = TestArticle.Seed(seed);
        var sentences = article.Sentences();
        Assert.True(ScanInvariants.SentencesAreWellFormed(article, sentences));
        Assert.True(ScanInvariants.SentencesCoverTheBody(article, sentences));
    }

    [Theory]
    [InlineData("000_571892bab8bfb740.txt", "(In Chinese official discourse, the term “core interests” is used to describe non-negotiable issues relating to sovereignty, territorial integrity and security, such as China’s positions on Taiwan, Hong Kong, Tibet, and its territorial claims in the South China Sea.)")]
    [InlineData("000_571892bab8bfb740.txt", "In an editorial the Chinese Communist Party paper Global Times complained that the U.S. “has openly threatened and discredited the normal and legitimate cooperation between China and Russia.”")]
    [InlineData("000_571892bab8bfb740.txt", "“Here we have no differences. We will continue to coordinate our actions, including at the upcoming U.N. General Assembly.”")]
    [InlineData("000_571892bab8bfb740.txt", "According to the Kremlin, Putin expressed appreciation for China’s “balanced position in connection with the Ukraine crisis,” while acknowledging that China has some “questions and concerns” and saying he would again explain Russia’s position during their meeting")]
    [InlineData("001_1bb006a956a83ea0.txt", "“Americans think whatever country they impose sanctions on, it will be stopped. Your perception is wrong,” said Raisi.")]
    [InlineData("001_1bb006a956a83ea0.txt", "The meeting was part of Xi’s first trip abroad since the pandemic began.")]
    [InlineData("003_ae30d0a36fc04354.txt", "Trade between the two countries has surged in the last two years, hitting $218.2bn during January-November, according to Chinese customs data, achieving a goal set by the two countries in 2019 a year ahead of schedule.")]
    [InlineData("004_69da86e87e65e6a7.txt", "Russia’s relations with the U.S. sank to post-Cold War lows.")]
    [InlineData("004_69da86e87e65e6a7.txt", "Earlier this month, U.S. Under Secretary of State Victoria Nuland said that the White House, alongside a handful of Western European nations, was considering completely blocking Moscow out of the global financial system should Russian troops stage an invasion of Ukraine.")]
    [InlineData("004_69da86e87e65e6a7.txt", "The two presidents’ conversation, eight days after Putin spoke to U.S. President Joe Biden in a similar format, underscored how U.S.-Europe hostility to Russia and China is bringing the two powerful countries closer together.")]
    public void Seed_sentences_come_out_whole(string seed, string sentence)
    {
        Assert.Contains(sentence, TestArticle.Seed(seed).SentenceTexts());
    }
}
