using Dicta.Model.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dicta.Model.Tests.Corpora;

public class CorpusIndexTests
{
    private static readonly string[] UnknownNames = ["nobody", "vladimir putin", "Putin", string.Empty];

    [Property(MaxTest = 200)]
    public Property BySpeaker_agrees_with_a_scan_including_group_members() =>
        Prop.ForAll(ModelGenerators.SmallCorpus.ToArbitrary(), c =>
        {
            var corpus = c.Build();
            foreach (var name in ModelGenerators.SpeakerNames.Concat(UnknownNames))
            {
                Assert.Equal(Scan(corpus, s => SpokenBy(s.Speaker, name)), corpus.Index.BySpeaker(name));
            }

            var names = corpus.Statements.SelectMany(s => NamesIn(s.Speaker)).Distinct().Order(StringComparer.Ordinal);
            Assert.Equal(names, corpus.Index.SpeakerNames.Order(StringComparer.Ordinal));
        });

    [Property(MaxTest = 200)]
    public Property ByTopic_agrees_with_a_scan() =>
        Prop.ForAll(ModelGenerators.SmallCorpus.ToArbitrary(), c =>
        {
            var corpus = c.Build();
            foreach (var slug in ModelGenerators.TopicSlugs)
            {
                Assert.Equal(Scan(corpus, s => s.Topics.Any(t => string.Equals(t.Slug, slug, StringComparison.Ordinal))), corpus.Index.ByTopic(slug));
            }
        });

    [Property(MaxTest = 200)]
    public Property ByTerm_agrees_with_a_scan_by_Terms_Contains() =>
        Prop.ForAll(ModelGenerators.SmallCorpus.ToArbitrary(), c =>
        {
            var corpus = c.Build();
            foreach (var term in ModelGenerators.QueryTerms)
            {
                Assert.Equal(Scan(corpus, s => Terms.Contains(s.Content, term)), corpus.Index.ByTerm(term));
            }

            var distinctTerms = corpus.Statements.SelectMany(s => Terms.Spans(s.Content).Select(span => s.Source.ToString(new TextSpan(s.ContentSpan.Start + span.Start, span.Length))));
            Assert.Equal(distinctTerms.Select(t => Terms.Normalize(t)).Distinct().Count(), corpus.Index.TermCount);
        });

    [Fact]
    public void A_statement_by_a_group_is_a_statement_by_each_member()
    {
        var corpus = Corpus.Create(
        [
            Samples.ArticleBy("a", Samples.Putin, "We agree on Taiwan.", Samples.Taiwan),
            Samples.ArticleBy("b", Samples.PutinAndXi, "Multipolar world order.", Samples.Ukraine),
            Samples.ArticleBy("c", Samples.Xi, "Taiwan, TAIWAN and taiwan’s future.", Samples.Taiwan, Samples.Ukraine),
        ]);

        Assert.Equal<int>([0, 1], corpus.Index.BySpeaker("Vladimir Putin"));
        Assert.Equal<int>([1, 2], corpus.Index.BySpeaker("Xi Jinping"));
        Assert.Equal<int>([1], corpus.Index.BySpeaker("Putin and Xi"));
        Assert.Empty(corpus.Index.BySpeaker("Putin"));
        Assert.Equal<int>([0, 2], corpus.Index.ByTopic("taiwan"));
        Assert.Equal<int>([1, 2], corpus.Index.ByTopic("ukraine"));
        Assert.Empty(corpus.Index.ByTopic("Taiwan"));
        Assert.Equal<int>([0, 2], corpus.Index.ByTerm("TAIWAN"));
        Assert.Equal<int>([2], corpus.Index.ByTerm("s"));
        Assert.Empty(corpus.Index.ByTerm("multi"));
        Assert.Equal(["Putin and Xi", "Vladimir Putin", "Xi Jinping"], corpus.Index.SpeakerNames.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Lookups_reject_null()
    {
        var index = Corpus.Create([Samples.ArticleBy("a", Samples.Putin)]).Index;

        Assert.Throws<ArgumentNullException>(() => index.BySpeaker(null!));
        Assert.Throws<ArgumentNullException>(() => index.ByTopic(null!));
        Assert.Throws<ArgumentNullException>(() => index.ByTerm(null!));
    }

    [Fact]
    public void The_index_of_an_empty_corpus_is_empty()
    {
        var index = Corpus.Empty.Index;

        Assert.Empty(index.BySpeaker("Vladimir Putin"));
        Assert.Empty(index.SpeakerNames);
        Assert.Equal(0, index.TermCount);
    }

    private static int[] Scan(Corpus corpus, Func<Statement, bool> predicate) =>
        [.. corpus.Statements.Select((s, i) => (s, i)).Where(p => predicate(p.s)).Select(p => p.i)];

    private static bool SpokenBy(Speaker speaker, string name) =>
        string.Equals(speaker.Name, name, StringComparison.Ordinal) || speaker.Members.Any(m => SpokenBy(m, name));

    private static IEnumerable<string> NamesIn(Speaker speaker) => speaker.Members.SelectMany(NamesIn).Prepend(speaker.Name);
}
