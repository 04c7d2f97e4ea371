using Dicta.Extraction.Attribution;
using Dicta.Extraction.Loading;
using Dicta.Model;

namespace Dicta.Extraction.Tests.Attribution;

public class ResolutionTests
{
    [Fact]
    public void A_pronoun_takes_the_most_recent_speaker()
    {
        var article = Extracted.Article("Chancellor Olaf Scholz said the aid would continue. He added that Germany would lead the effort.");

        Assert.Equal(["Olaf Scholz", "Olaf Scholz"], article.Statements.Select(s => s.Speaker.Name));
        Assert.Equal("He", article.Statements[1].MentionText());
    }

    [Fact]
    public void A_surname_takes_the_full_name_given_earlier_in_the_article()
    {
        var article = Extracted.Article(
            "Kremlin aide Yuri Ushakov said the call had lasted an hour.",
            "Ushakov added that no visit was planned.");

        Assert.All(article.Statements, s => Assert.Equal("Yuri Ushakov", s.Speaker.Name));
    }

    [Fact]
    public void An_unknown_person_is_named_by_the_name_in_the_phrase_with_role_and_country()
    {
        var statement = Extracted.Single("Russian Deputy Energy Minister Pavel Sorokin said output would fall.");

        Assert.Equal("Pavel Sorokin", statement.Speaker.Name);
        Assert.Equal("Russia", statement.Speaker.Country);
        Assert.Contains("Minister", statement.Speaker.Role, StringComparison.Ordinal);
    }

    [Fact]
    public void A_definite_description_takes_the_latest_speaker_of_its_country()
    {
        var article = Extracted.Article(
            "Russian Security Council Secretary Nikolai Patrushev said the West was to blame.",
            "The Russian official added that Moscow would respond.");

        Assert.Equal("Nikolai Patrushev", article.Statements[1].Speaker.Name);
    }

    [Fact]
    public void A_title_resolves_through_the_gazetteer()
    {
        var statement = Extracted.Single("China's head of state said the two countries were partners.");

        Assert.Equal("Xi Jinping", statement.Speaker.Name);
    }

    [Fact]
    public void Two_names_joined_by_and_are_a_group_of_both()
    {
        var statement = Extracted.Single("Macron and Scholz said Europe must act together.");

        Assert.Equal(SpeakerKind.Group, statement.Speaker.Kind);
        Assert.Equal(["Emmanuel Macron", "Olaf Scholz"], statement.Speaker.Members.Select(m => m.Name));
        Assert.True(statement.Speaker.Denotes("Scholz"));
    }

    [Fact]
    public void A_plural_description_is_a_group_not_an_earlier_person()
    {
        var article = Extracted.Article("Peskov said talks were possible. Russian officials alleged that Kyiv was stalling.");

        Assert.Equal("Russian officials", article.Statements[1].Speaker.Name);
        Assert.Equal(SpeakerKind.Group, article.Statements[1].Speaker.Kind);
    }

    [Fact]
    public void A_metonym_stands_for_its_country()
    {
        var statement = Extracted.Single("Beijing has repeatedly denied that it supplies weapons.");

        Assert.Equal("China", statement.Speaker.Name);
    }

    [Fact]
    public void Two_names_in_one_attribution_are_reported_and_read_one_way()
    {
        var article = Extracted.Article("“We stand ready to cooperate,” Xi Putin said at the talks.");

        var statement = Assert.Single(article.Statements);
        Assert.True(statement.IsAmbiguous);
        Assert.Equal("Xi Jinping", statement.Speaker.Name);
        Assert.Equal("Vladimir Putin", Assert.Single(statement.Alternatives).Name);
        Assert.Contains(article.Diagnostics, d => d.Id == AttributionDiagnostics.TwoSpeakers.Id);
    }

    [Fact]
    public void A_quotation_nobody_is_said_to_have_said_is_reported()
    {
        var article = Extracted.Article("“This is a turning point.”", "The summit ended on Friday.");

        Assert.Empty(article.Statements);
        var diagnostic = Assert.Single(article.Diagnostics, d => d.Id == AttributionDiagnostics.QuoteWithoutSpeaker.Id);
        Assert.Equal("“This is a turning point.”", article.Text.ToString(diagnostic.Location.Span));
    }

    [Fact]
    public void A_surname_takes_the_full_name_another_article_of_the_corpus_gives()
    {
        var corpus = new CorpusLoader().Load(
        [
            ArticleInput.FromText("a.txt", "Headline A\n\nRussian envoy Mikhail Ulyanov said the inspectors could return.\n"),
            ArticleInput.FromText("b.txt", "Headline B\n\nUlyanov said the talks would resume.\n"),
        ]);

        Assert.All(corpus.Statements, s => Assert.Equal("Mikhail Ulyanov", s.Speaker.Name));
        Assert.Equal(corpus.Statements.Length, corpus.Index.BySpeaker("Mikhail Ulyanov").Length);
    }

    [Fact]
    public void A_pronoun_takes_the_subject_of_an_earlier_sentence_when_that_comes_after_the_last_speaker()
    {
        var article = Extracted.Article(
            "Macron said Europe was “mortal”.",
            "German chancellor Olaf Scholz struck a more cautious tone. In an interview, he said Nato remained essential.");

        Assert.Equal("Olaf Scholz", article.Statements[1].Speaker.Name);
    }

    [Fact]
    public void A_pronoun_takes_a_subject_named_in_apposition()
    {
        var article = Extracted.Article(
            "Macron said Europe was “mortal”.",
            "Poland's prime minister, Donald Tusk, welcomed the speech. “Finally,” he wrote on X.");

        Assert.Equal("Donald Tusk", article.Statements[1].Speaker.Name);
    }

    [Fact]
    public void Particles_belong_to_the_names_they_stand_in()
    {
        var article = Extracted.Article(
            "Zelensky met European Commission President Ursula von der Leyen in Kyiv.",
            "Von der Leyen said the union would keep supporting Ukraine.");

        Assert.Equal("Ursula von der Leyen", Assert.Single(article.Statements).Speaker.Name);
    }
}
