using System.Collections.Immutable;
using Dicta.Model.Diagnostics;
using Dicta.Model.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dicta.Model.Tests.Corpora;

public class CorpusTests
{
    [Fact]
    public void Add_returns_a_new_corpus_and_leaves_the_old_one_unchanged()
    {
        var a = Samples.ArticleBy("a", Samples.Putin);
        var b = Samples.ArticleBy("b", Samples.Xi);
        var one = Corpus.Empty.AddArticle(a);

        var two = one.AddArticle(b);

        Assert.Equal(1, one.ArticleCount);
        Assert.Equal(2, two.ArticleCount);
        Assert.Single(one.Statements);
        Assert.Equal(2, two.Statements.Length);
        Assert.True(two.TryGetArticle("a", out var shared));
        Assert.Same(a, shared);
        Assert.Same(a.Statements[0], two.Statements[0]);
        Assert.False(one.ContainsArticle("b"));
        Assert.Equal(0, Corpus.Empty.ArticleCount);
    }

    [Fact]
    public void Remove_returns_a_new_corpus_sharing_the_rest()
    {
        var a = Samples.ArticleBy("a", Samples.Putin);
        var b = Samples.ArticleBy("b", Samples.Xi);
        var corpus = Corpus.Create([a, b]);

        var removed = corpus.RemoveArticle("a");

        Assert.Equal([b], removed.Articles);
        Assert.Same(b.Statements[0], Assert.Single(removed.Statements));
        Assert.Equal(2, corpus.ArticleCount);
        Assert.Same(corpus, corpus.RemoveArticle("missing"));
        Assert.False(removed.TryGetArticle("a", out _));
    }

    [Fact]
    public void Replace_swaps_one_article_and_shares_the_others()
    {
        var a = Samples.ArticleBy("a", Samples.Putin);
        var b = Samples.ArticleBy("b", Samples.Xi);
        var c = Samples.ArticleBy("c", Samples.Putin);
        var corpus = Corpus.Create([a, b, c]);
        var newB = Samples.ArticleBy("b", Samples.PutinAndXi);

        var replaced = corpus.ReplaceArticle(newB);

        Assert.Equal([a, newB, c], replaced.Articles);
        Assert.Equal([a, b, c], corpus.Articles);
        Assert.Same(a.Statements[0], replaced.Statements[0]);
        Assert.Same(c.Statements[0], replaced.Statements[2]);
        Assert.Equal("Putin and Xi", replaced.Statements[1].Speaker.Name);
        Assert.Same(corpus, corpus.ReplaceArticle(b));
        Assert.Throws<ArgumentException>(() => corpus.ReplaceArticle(Samples.ArticleBy("d", Samples.Xi)));
    }

    [Fact]
    public void Duplicate_ids_are_rejected()
    {
        var a = Samples.ArticleBy("a", Samples.Putin);
        var corpus = Corpus.Create([a]);

        Assert.Throws<ArgumentException>(() => corpus.AddArticle(Samples.ArticleBy("a", Samples.Xi)));
        Assert.Throws<ArgumentException>(() => corpus.AddArticle(a));
        Assert.Throws<ArgumentException>(() => Corpus.Create([Samples.ArticleBy("b", Samples.Xi), Samples.ArticleBy("b", Samples.Putin)]));
        Assert.Throws<ArgumentException>(() => Corpus.Empty.AddArticles([a, Samples.ArticleBy("a", Samples.Xi)]));
        Assert.Equal(1, corpus.ArticleCount);
    }

    [Fact]
    public void Ids_differing_in_case_are_different_articles()
    {
        var corpus = Corpus.Create([Samples.ArticleBy("a", Samples.Putin), Samples.ArticleBy("A", Samples.Xi)]);

        Assert.Equal(["A", "a"], corpus.Articles.Select(a => a.Id));
    }

    [Fact]
    public void Statements_come_article_by_article_in_ordinal_id_order()
    {
        var text = "One. Two.";
        var b = Samples.Article("b", text, [Samples.Statement(Samples.Xi, new TextSpan(5, 4)), Samples.Statement(Samples.Putin, new TextSpan(0, 4))]);
        var capitalB = Samples.ArticleBy("B", Samples.Putin);
        var a = Samples.ArticleBy("a", Samples.Xi);

        var corpus = Corpus.Create([b, a, capitalB]);

        Assert.Equal(["B", "a", "b"], corpus.Articles.Select(x => x.Id));
        Assert.Equal<Statement>([capitalB.Statements[0], a.Statements[0], b.Statements[0], b.Statements[1]], corpus.Statements);
        Assert.Equal("Corpus: 3 articles, 4 statements", corpus.ToString());
    }

    [Fact]
    public void Speakers_are_merged_across_articles_with_their_aliases_united()
    {
        var first = new Speaker("Vladimir Putin", SpeakerKind.Person, ["Putin"], "Russia");
        var second = new Speaker("Vladimir Putin", SpeakerKind.Person, ["Russian President", "PUTIN"], role: "President");
        var corpus = Corpus.Create([Samples.ArticleBy("a", first), Samples.ArticleBy("b", second)]);

        var putin = Assert.Single(corpus.Speakers);

        Assert.Equal<string>(["Putin", "Russian President"], putin.Aliases);
        Assert.Equal("Russia", putin.Country);
        Assert.Equal("President", putin.Role);
        Assert.Same(putin, corpus.GetSpeaker("Vladimir Putin"));
        Assert.Null(corpus.GetSpeaker("vladimir putin"));
    }

    [Fact]
    public void Speakers_include_members_addressees_channels_and_alternatives_in_name_order()
    {
        var cctv = new Speaker("CCTV", SpeakerKind.Outlet);
        var biden = new Speaker("Joe Biden", SpeakerKind.Person);
        var lavrov = new Speaker("Sergei Lavrov", SpeakerKind.Person);
        var statement = Samples.Statement(Samples.PutinAndXi, new TextSpan(0, 3)) with
        {
            Addressee = biden,
            Via = cctv,
            IsAmbiguous = true,
            Alternatives = [lavrov],
        };

        var corpus = Corpus.Create([Samples.Article("a", "We agree.", [statement])]);

        Assert.Equal(["CCTV", "Joe Biden", "Putin and Xi", "Sergei Lavrov", "Vladimir Putin", "Xi Jinping"], corpus.Speakers.Select(s => s.Name));
    }

    [Fact]
    public void FindSpeakers_finds_by_name_or_alias_ignoring_case()
    {
        var putin = Samples.Putin.WithAliases(["the leader"]);
        var xi = Samples.Xi.WithAliases(["The Leader"]);
        var corpus = Corpus.Create([Samples.ArticleBy("a", putin), Samples.ArticleBy("b", xi)]);

        Assert.Equal([putin], corpus.FindSpeakers("PUTIN"));
        Assert.Equal([putin], corpus.FindSpeakers("vladimir putin"));
        Assert.Equal([putin], corpus.FindSpeakers("russian president"));
        Assert.Equal(["Vladimir Putin", "Xi Jinping"], corpus.FindSpeakers("THE LEADER").Select(s => s.Name).Order(StringComparer.Ordinal));
        Assert.Empty(corpus.FindSpeakers("Biden"));
    }

    [Fact]
    public void Topics_are_distinct_in_slug_order()
    {
        var corpus = Corpus.Create(
        [
            Samples.ArticleBy("a", Samples.Putin, "x", Samples.Ukraine, Samples.Taiwan),
            Samples.ArticleBy("b", Samples.Xi, "y", new Topic("taiwan", "Taiwan Strait")),
        ]);

        Assert.Equal(["taiwan", "ukraine"], corpus.Topics.Select(t => t.Slug));
    }

    [Fact]
    public void Diagnostics_are_the_corpus_ones_then_each_article_s()
    {
        Diagnostic Note(string message) => new("DX0001", DiagnosticSeverity.Warning, message, Location.None);
        var b = Samples.Article("b", "x", diagnostics: [Note("b1"), Note("b2")]);
        var a = Samples.Article("a", "x", diagnostics: [Note("a1")]);

        var corpus = Corpus.Create([b, a], [Note("c1")]).AddDiagnostics([Note("c2")]);

        Assert.Equal(["c1", "c2", "a1", "b1", "b2"], corpus.Diagnostics.Select(d => d.Message));
        Assert.Equal(["c1", "c2"], corpus.CorpusDiagnostics.Select(d => d.Message));
        Assert.Same(corpus, corpus.AddDiagnostics([]));
    }

    [Fact]
    public void Equality_is_by_article_instances_and_corpus_diagnostics()
    {
        var a = Samples.ArticleBy("a", Samples.Putin);
        var b = Samples.ArticleBy("b", Samples.Xi);
        var unreadable = new Diagnostic("DC0001", DiagnosticSeverity.Error, "unreadable", Location.None);

        Assert.Equal(Corpus.Create([a, b]), Corpus.Create([b, a]));
        Assert.Equal(Corpus.Create([a, b]).GetHashCode(), Corpus.Create([b, a]).GetHashCode());
        Assert.NotEqual(Corpus.Create([a, b]), Corpus.Create([a, Samples.ArticleBy("b", Samples.Xi)]));
        Assert.NotEqual(Corpus.Create([a, b]), Corpus.Create([a]));
        Assert.NotEqual(Corpus.Create([a]), Corpus.Create([a], [unreadable]));
        Assert.Equal(Corpus.Create([a], [unreadable]), Corpus.Create([a], [unreadable]));
        Assert.False(Corpus.Create([a]).Equals(null));
        Assert.False(Corpus.Create([a]).Equals((object)a));
    }

    [Property(MaxTest = 100)]
    public Property A_corpus_built_in_any_order_has_the_same_statements_and_speakers() =>
        Prop.ForAll(
            (from c in ModelGenerators.SmallCorpus from shuffled in Gen.Shuffle(c.Articles.AsEnumerable()) select (Case: c, Shuffled: shuffled)).ToArbitrary(),
            pair =>
            {
                var corpus = pair.Case.Build();
                var other = Corpus.Create(pair.Shuffled, pair.Case.Diagnostics);
                var oneByOne = pair.Shuffled.Aggregate(Corpus.Empty, (c, a) => c.AddArticle(a)).AddDiagnostics(pair.Case.Diagnostics);

                foreach (var built in new[] { other, oneByOne })
                {
                    Assert.Equal<Statement>(corpus.Statements, built.Statements);
                    Assert.All(corpus.Statements.Zip(built.Statements), s => Assert.Same(s.First, s.Second));
                    Assert.Equal<Speaker>(corpus.Speakers, built.Speakers);
                    Assert.Equal<Topic>(corpus.Topics, built.Topics);
                    Assert.Equal<Diagnostic>(corpus.Diagnostics, built.Diagnostics);
                    Assert.Equal(corpus, built);
                }
            });

    [Property(MaxTest = 100)]
    public Property Adding_then_removing_an_article_gives_an_equal_corpus() =>
        Prop.ForAll(ModelGenerators.CorpusAndNewArticle.ToArbitrary(), pair =>
        {
            var corpus = pair.Corpus.Build();

            var added = corpus.AddArticle(pair.Extra);
            var back = added.RemoveArticle(pair.Extra.Id);

            Assert.NotEqual(corpus, added);
            Assert.Equal(corpus, back);
            Assert.Equal(corpus.GetHashCode(), back.GetHashCode());
            Assert.Equal<Statement>(corpus.Statements, back.Statements);
            Assert.Equal<Speaker>(corpus.Speakers, back.Speakers);
            Assert.All(corpus.Articles.Zip(added.Articles.Where(a => a != pair.Extra)), p => Assert.Same(p.First, p.Second));
        });

    [Property(MaxTest = 100)]
    public Property Speakers_are_every_named_symbol_merged_by_name() =>
        Prop.ForAll(ModelGenerators.SmallCorpus.ToArbitrary(), c =>
        {
            var corpus = c.Build();
            var named = corpus.Statements
                .SelectMany(s => new[] { s.Speaker, s.Addressee, s.Via }.OfType<Speaker>().Concat(s.Alternatives))
                .SelectMany(Flatten)
                .ToList();

            Assert.Equal(named.Select(s => s.Name).Distinct().Order(StringComparer.Ordinal), corpus.Speakers.Select(s => s.Name));
            foreach (var speaker in corpus.Speakers)
            {
                var versions = named.Where(s => s.Name == speaker.Name).ToList();
                Assert.Equal(versions.SelectMany(v => v.Aliases).Distinct(NameComparer.Instance).Count(), speaker.Aliases.Length);
                Assert.All(versions.SelectMany(v => v.Aliases), alias => Assert.Contains(speaker, corpus.FindSpeakers(alias)));
                Assert.Equal(versions.Select(v => v.Country).FirstOrDefault(country => country is not null), speaker.Country);
                Assert.Equal(versions.Select(v => v.Role).FirstOrDefault(role => role is not null), speaker.Role);
                Assert.Same(speaker, corpus.GetSpeaker(speaker.Name));
            }
        });

    [Property(MaxTest = 30)]
    public Property Concurrent_first_reads_see_the_same_instances() =>
        Prop.ForAll(ModelGenerators.SmallCorpus.ToArbitrary(), c =>
        {
            const int Threads = 8;
            var corpus = c.Build();
            var seen = new Snapshot[Threads];
            var failures = new Exception?[Threads];
            using var start = new Barrier(Threads);
            var threads = Enumerable.Range(0, Threads).Select(i => new Thread(() =>
            {
                start.SignalAndWait();
                try
                {
                    seen[i] = Snapshot.Read(corpus, i);
                }
                catch (Exception e)
                {
                    // A thread that throws would bring the test host down; report it as a failure instead.
                    failures[i] = e;
                }
            })).ToList();

            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());

            Assert.All(failures, Assert.Null);
            Assert.All(seen, s => s.AssertSameAs(seen[0]));
            Assert.Equal(c.Articles.SelectMany(a => a.Statements).Count(), seen[0].Statements.Length);
        });

    private static IEnumerable<Speaker> Flatten(Speaker speaker) => speaker.Members.SelectMany(Flatten).Prepend(speaker);

    /// <summary>What one thread saw of a corpus it read first, in an order that depends on the thread.</summary>
    private sealed record Snapshot(
        CorpusIndex Index,
        ImmutableArray<Statement> Statements,
        ImmutableArray<Speaker> Speakers,
        ImmutableArray<Topic> Topics,
        ImmutableArray<Diagnostic> Diagnostics,
        ImmutableArray<ImmutableArray<int>> BySpeaker,
        ImmutableArray<int> ByTerm)
    {
        public static Snapshot Read(Corpus corpus, int order)
        {
            // Each thread touches the lazy views in a different order, so each view is raced from several paths.
            CorpusIndex? index = null;
            var statements = default(ImmutableArray<Statement>);
            var speakers = default(ImmutableArray<Speaker>);
            Action[] reads = [() => index = corpus.Index, () => statements = corpus.Statements, () => speakers = corpus.Speakers];
            for (var i = 0; i < reads.Length; i++)
            {
                reads[(i + order) % reads.Length]();
            }

            var bySpeaker = ModelGenerators.SpeakerNames.Select(index!.BySpeaker).ToImmutableArray();
            return new Snapshot(index, statements, speakers, corpus.Topics, corpus.Diagnostics, bySpeaker, index.ByTerm("putin"));
        }

        public void AssertSameAs(Snapshot other)
        {
            Assert.Same(other.Index, Index);
            Assert.True(other.Statements == Statements, "Statements is the same array");
            Assert.True(other.Speakers == Speakers, "Speakers is the same array");
            Assert.True(other.Topics == Topics, "Topics is the same array");
            Assert.True(other.Diagnostics == Diagnostics, "Diagnostics is the same array");
            Assert.All(BySpeaker.Zip(other.BySpeaker), p => Assert.True(p.First == p.Second, "BySpeaker gives the same array"));
            Assert.True(other.ByTerm == ByTerm, "ByTerm gives the same array");
        }
    }
}
