using Dicta.Model;

namespace Dicta.Extraction.Tests.Attribution;

public class ReportedSpeechTests
{
    [Fact]
    public void A_that_clause_after_the_cue_is_indirect_speech()
    {
        var statement = Extracted.Single("Ukrainian President Volodymyr Zelensky said on Tuesday that Kyiv would not cede any territory.");

        Assert.Equal(StatementKind.Indirect, statement.Kind);
        Assert.Equal("Kyiv would not cede any territory", statement.Text());
        Assert.Equal("Volodymyr Zelensky", statement.Speaker.Name);
    }

    [Fact]
    public void Reported_speech_with_a_quoted_fragment_is_partial()
    {
        var statement = Extracted.Single("Macron said the alliance was “stronger than ever” after the summit.");

        Assert.Equal(StatementKind.Partial, statement.Kind);
        Assert.Equal(["stronger than ever"], statement.QuoteTexts());
        Assert.StartsWith("the alliance was", statement.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_attribution_at_the_end_of_a_clause_takes_the_clause_before_it()
    {
        var statement = Extracted.Single("The two sides would meet again in March, a senior official said.");

        Assert.Equal(StatementKind.Indirect, statement.Kind);
        Assert.Equal("The two sides would meet again in March", statement.Text());
    }

    [Fact]
    public void Told_names_its_addressee()
    {
        var statement = Extracted.Single("Biden told Zelensky that the aid would keep flowing.");

        Assert.Equal("Joe Biden", statement.Speaker.Name);
        Assert.Equal("Volodymyr Zelensky", statement.Addressee?.Name);
        Assert.Equal("the aid would keep flowing", statement.Text());
    }

    [Fact]
    public void An_audience_is_not_an_addressee()
    {
        var statement = Extracted.Single("Erdogan told reporters that Turkey was ready to mediate.");

        Assert.Null(statement.Addressee);
        Assert.Equal("Turkey was ready to mediate", statement.Text());
    }

    [Theory]
    [InlineData("“We will not give away our land,” Zelensky told a news conference in Kyiv.")]
    [InlineData("“We will not give away our land,” Zelensky told state television.")]
    [InlineData("“We will not give away our land,” Zelensky told reporters on Sunday.")]
    public void An_audience_after_told_is_neither_addressee_nor_content(string paragraph)
    {
        var statement = Extracted.Single(paragraph);

        Assert.Equal(StatementKind.Direct, statement.Kind);
        Assert.Equal("“We will not give away our land,”", statement.Text());
        Assert.Null(statement.Addressee);
    }

    [Fact]
    public void A_participle_clause_is_a_second_statement_by_the_same_speaker()
    {
        var article = Extracted.Article("Macron urged restraint on all sides, saying that escalation would help no one.");

        Assert.Equal(2, article.Statements.Length);
        Assert.All(article.Statements, s => Assert.Equal("Emmanuel Macron", s.Speaker.Name));
        Assert.Equal("escalation would help no one", article.Statements[1].Text());
        Assert.Equal("restraint on all sides", article.Statements[0].Text());
    }

    [Theory]
    [InlineData("The ministry did not say whether the talks would resume.")]
    [InlineData("Biden will say more about the plan next week.")]
    [InlineData("The so-called “rules-based order” was the subject of the meeting.")]
    [InlineData("Putin met Xi in Beijing and the two held talks for three hours.")]
    [InlineData("Chinese state broadcaster CCTV showed the leaders shaking hands.")]
    public void Sentences_that_report_nothing_said_give_no_statement(string sentence)
    {
        Assert.Empty(Extracted.Article(sentence).Statements);
    }
}
