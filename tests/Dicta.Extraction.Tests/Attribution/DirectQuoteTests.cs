using Dicta.Model;

namespace Dicta.Extraction.Tests.Attribution;

public class DirectQuoteTests
{
    [Fact]
    public void A_quote_before_its_attribution_is_direct()
    {
        var statement = Extracted.Single("“The talks were useful and frank,” Lavrov told reporters.");

        Assert.Equal(StatementKind.Direct, statement.Kind);
        Assert.Equal("“The talks were useful and frank,”", statement.Text());
        Assert.Equal("Sergei Lavrov", statement.Speaker.Name);
        Assert.Equal("told", statement.Cue.ToString());
        Assert.Null(statement.Addressee);
    }

    [Fact]
    public void An_inverted_attribution_names_the_speaker_after_the_verb()
    {
        var statement = Extracted.Single("“We will respond firmly to any provocation,” said Foreign Ministry spokesman Wang Wenbin.");

        Assert.Equal(StatementKind.Direct, statement.Kind);
        Assert.Equal("Foreign Ministry spokesman Wang Wenbin", statement.MentionText());
        Assert.Equal("Wang Wenbin", statement.Speaker.Name);
        Assert.Equal(SpeakerKind.Person, statement.Speaker.Kind);
    }

    [Fact]
    public void A_quote_split_around_its_attribution_is_one_statement_with_two_segments()
    {
        var statement = Extracted.Single("“We are ready to talk,” Peskov said, “but the other side is not.”");

        Assert.Equal(StatementKind.Direct, statement.Kind);
        Assert.Equal(["We are ready to talk,", "but the other side is not."], statement.QuoteTexts());
        Assert.StartsWith("“We are ready", statement.Text(), StringComparison.Ordinal);
        Assert.EndsWith("not.”", statement.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_colon_introduces_a_direct_quote()
    {
        var statement = Extracted.Single("The senator said: “This bill will not pass the Senate.”");

        Assert.Equal(StatementKind.Direct, statement.Kind);
        Assert.Equal("“This bill will not pass the Senate.”", statement.Text());
    }

    [Fact]
    public void Straight_quotation_marks_work_like_curly_ones()
    {
        var statement = Extracted.Single("\"Sanctions will not change our course,\" the Iranian foreign minister said.");

        Assert.Equal(StatementKind.Direct, statement.Kind);
        Assert.Equal(["Sanctions will not change our course,"], statement.QuoteTexts());
    }

    [Fact]
    public void A_quotation_paragraph_without_attribution_carries_the_previous_speaker_forward()
    {
        var article = Extracted.Article(
            "“Europe must spend more on its defence,” Chancellor Olaf Scholz said on Monday.",
            "“There is no alternative to that.”");

        Assert.Equal(2, article.Statements.Length);
        Assert.All(article.Statements, s => Assert.Equal("Olaf Scholz", s.Speaker.Name));
        Assert.Equal("“There is no alternative to that.”", article.Statements[1].Text());
        Assert.Equal(StatementKind.Direct, article.Statements[1].Kind);
    }

    [Fact]
    public void A_further_quoted_sentence_in_the_same_paragraph_extends_the_statement()
    {
        var statement = Extracted.Single("“We have full agreement,” the ministry quoted him as saying. “There are no differences.”");

        Assert.EndsWith("“There are no differences.”", statement.Text(), StringComparison.Ordinal);
        Assert.Equal(2, statement.QuoteSpans.Length);
    }
}
