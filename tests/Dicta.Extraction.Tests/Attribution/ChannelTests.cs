using Dicta.Model;

namespace Dicta.Extraction.Tests.Attribution;

public class ChannelTests
{
    [Fact]
    public void According_to_alone_names_the_speaker()
    {
        var statement = Extracted.Single("Exports rose by a fifth last year, according to customs data.");

        Assert.Equal(StatementKind.Indirect, statement.Kind);
        Assert.Equal("Exports rose by a fifth last year", statement.Text());
        Assert.Contains("customs", statement.Speaker.Name, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void According_to_beside_another_attribution_names_the_channel()
    {
        var statement = Extracted.Single("Xi said China would stay open to the world, according to Xinhua.");

        Assert.Equal("Xi Jinping", statement.Speaker.Name);
        Assert.Equal("Xinhua", statement.Via?.Name);
    }

    [Fact]
    public void Quoted_as_saying_gives_speaker_and_channel()
    {
        var statement = Extracted.Single("Russian news agency TASS quoted Lavrov as saying that the proposal was unacceptable.");

        Assert.Equal("Sergei Lavrov", statement.Speaker.Name);
        Assert.Equal("TASS", statement.Via?.Name);
        Assert.Equal("the proposal was unacceptable", statement.Text());
    }

    [Fact]
    public void Was_quoted_by_as_saying_gives_speaker_and_channel()
    {
        var statement = Extracted.Single("Erdogan was quoted by Anadolu as saying Turkey would host the talks.");

        Assert.Equal("Recep Tayyip Erdogan", statement.Speaker.Name);
        Assert.Contains("Anadolu", statement.Via?.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Reported_speech_inside_reported_speech_is_the_inner_speaker_through_the_outer()
    {
        var statement = Extracted.Single("TASS reported that Lavrov said Russia opposed any unilateral sanctions.");

        Assert.Equal("Sergei Lavrov", statement.Speaker.Name);
        Assert.Equal("TASS", statement.Via?.Name);
        Assert.Equal("Russia opposed any unilateral sanctions", statement.Text());
    }

    [Fact]
    public void A_pronoun_attribution_inside_a_statement_is_the_speaker_s_own()
    {
        var statement = Extracted.Single("Scholz said he would explain the decision to parliament.");

        Assert.Equal("Olaf Scholz", statement.Speaker.Name);
        Assert.Equal("he would explain the decision to parliament", statement.Text());
    }
}
