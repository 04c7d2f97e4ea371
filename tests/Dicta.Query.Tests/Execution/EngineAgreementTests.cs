using Dicta.Query.Execution;

namespace Dicta.Query.Tests.Execution;

/// <summary>The interpreter, the compiled code, with and without the plan, give the same answers on the seeds.</summary>
public class EngineAgreementTests
{
    [Theory]
    [InlineData("statements")]
    [InlineData("statements where speaker = \"Putin\" and topic = \"Taiwan\"")]
    [InlineData("statements where speaker = \"Putin\" or topic = \"Taiwan\"")]
    [InlineData("statements where speaker = \"Putin\" or kind = \"direct\"")]
    [InlineData("statements where (speaker = \"Xi\" or speaker = \"Putin\") and not topic = \"ukraine\"")]
    [InlineData("statements where speaker in (\"Putin\", \"Xi\", \"Lavrov\") and date >= 2022-01-01 order by date desc limit 5")]
    [InlineData("statements where speaker not in (\"Putin\", \"Xi\")")]
    [InlineData("statements where text has \"multipolar\" select speaker, quote, article.outlet")]
    [InlineData("statements where text has \"Taiwan\" and text has \"independence\"")]
    [InlineData("statements where text matches /unipolar|multipolar/i and not topic = \"Ukraine\"")]
    [InlineData("statements where speaker.country = \"China\" group by topic")]
    [InlineData("statements group by speaker.country, kind")]
    [InlineData("statements group by addressee")]
    [InlineData("statements where addressee != \"Xi\" order by addressee desc, line")]
    [InlineData("statements where via = \"CCTV\" or addressee = \"Xi Jinping\"")]
    [InlineData("statements where line between 10 and 20 and kind != \"indirect\"")]
    [InlineData("statements where line not between 10 and 20 count")]
    [InlineData("statements where cue in (\"said\", \"told\") select cue, mention as who, topic")]
    [InlineData("statements where quote contains \"world\" or text startswith \"the\" or text endswith \".\"")]
    [InlineData("statements where ambiguous")]
    [InlineData("statements where ambiguous = false and article.date = 2023-02-21")]
    [InlineData("statements where article = \"002_73fc8d6edca50fa8.txt\" order by line desc")]
    [InlineData("statements where topic = \"World order\" order by speaker, line desc select speaker, line")]
    [InlineData("statements where topic != \"taiwan\" and topic != \"ukraine\" count")]
    [InlineData("statements where \"taiwan\" = topic")]
    [InlineData("statements where 10 < line and line <= 40 order by line limit 7")]
    [InlineData("statements where speaker.type = \"group\"")]
    [InlineData("statements where speaker = \"China\"")]
    [InlineData("statements where speaker = \"Putn\"")]
    [InlineData("statements where text has \"nosuchterm\" or speaker = \"Wang Yi\"")]
    [InlineData("articles where outlet = \"Sputnik International\" select title, date")]
    [InlineData("articles order by statements desc select id, statements")]
    [InlineData("articles where date = 2023-02-21 or outlet contains \"news\"")]
    [InlineData("speakers where country = \"Russia\" order by statements desc")]
    [InlineData("speakers where alias = \"Putin\" select name, role, type, statements")]
    [InlineData("speakers group by type order by type")]
    [InlineData("speakers where statements >= 2 count")]
    [InlineData("topics order by statements desc select name, label, statements")]
    [InlineData("topics where label startswith \"w\"")]
    public void Interpreted_compiled_and_planned_runs_agree(string query)
    {
        var result = Seeds.Run(query);

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void A_compiled_query_is_built_once_and_runs_from_many_threads_with_the_same_answer()
    {
        var bound = Seeds.Bind("statements where topic = \"taiwan\" or text has \"multipolar\" group by speaker");
        var compiled = QueryCompiler.Compile(bound);
        var expected = Seeds.Describe(compiled.Execute(Seeds.Corpus));

        var answers = Enumerable.Range(0, 16).AsParallel().Select(_ => Seeds.Describe(QueryCompiler.Compile(bound).Execute(Seeds.Corpus))).ToList();

        Assert.Same(compiled, QueryCompiler.Compile(bound));
        Assert.All(answers, answer => Assert.Equal(expected, answer));
        Assert.NotEmpty(expected);
    }
}
