using Dicta.Model;
using Dicta.Query.Linq;
using Dicta.Query.Tests.Execution;

namespace Dicta.Query.Tests.Linq;

public class DictaLinqTests
{
    private static readonly QueryEngine Engine = new(Seeds.Corpus);

    private static Dictionary<string, object?> Who(string name) => new Dictionary<string, object?> { ["who"] = name };

    [Theory]
    [InlineData("speaker = \"Putin\" and topic = \"Taiwan\"")]
    [InlineData("kind = 'partial' or via.name contains 'Xinhua'")]
    [InlineData("not (topic = 'ukraine') and date >= 2022-01-01")]
    [InlineData("text contains 'sovereignty' or speaker.country = 'China'")]
    public void A_condition_filters_plain_linq_as_the_query_does(string condition)
    {
        var expected = Engine.Execute("statements where " + condition).ItemsOf<Statement>();

        Assert.NotEmpty(expected);
        Assert.Equal(expected.AsEnumerable(), Seeds.Corpus.Statements.Where(Engine, condition));
        Assert.Equal(expected.AsEnumerable(), Seeds.Corpus.Statements.AsQueryable().Where(Engine, condition));
        Assert.Equal(expected.AsEnumerable(), Seeds.Corpus.Statements.Where(Engine.Predicate<Statement>(condition).Compile()));
    }

    [Fact]
    public void A_predicate_composes_with_the_programs_own_operators_and_takes_parameters()
    {
        var putinDirect = Seeds.Corpus.Statements.AsQueryable()
            .Where(Engine, "speaker = $who", Who("Putin"))
            .Where(s => s.Kind == StatementKind.Direct)
            .Select(s => s.Content.ToString())
            .ToList();

        var expected = Engine.Execute("statements where speaker = 'Putin' and kind = 'direct' select text").Rows.Select(r => (string)r[0]!).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, putinDirect);
    }

    [Fact]
    public void Predicates_exist_for_every_source_type()
    {
        Assert.Equal(
            Engine.Execute("articles where outlet contains 'Sputnik'").Items.Cast<Article>(),
            Seeds.Corpus.Articles.Where(Engine, "outlet contains 'Sputnik'"));
        Assert.Equal(
            Engine.Execute("speakers where type = 'organization'").Items.Cast<Speaker>(),
            Seeds.Corpus.Speakers.Where(Engine, "type = 'organization'"));
        Assert.Equal(
            Engine.Execute("topics where statements > 5").Items.Cast<Topic>(),
            Seeds.Corpus.Topics.Where(Engine, "statements > 5"));
    }

    [Fact]
    public void An_empty_condition_is_an_error_not_every_row()
    {
        var error = Assert.Throws<QueryException>(() => Engine.Predicate<Statement>("  "));

        Assert.Contains(error.Diagnostics, d => d.IsError);
    }

    [Fact]
    public void A_bad_condition_throws_with_diagnostics_located_in_the_condition()
    {
        const string condition = "speakr = 'Putin'";

        var error = Assert.Throws<QueryException>(() => Engine.Predicate<Statement>(condition));

        var diagnostic = Assert.Single(error.Diagnostics, d => d.IsError);
        Assert.Equal("DQ0101", diagnostic.Id);
        Assert.Equal("condition", diagnostic.Location.Path);
        Assert.Equal("speakr", condition.Substring(diagnostic.Location.Span.Start, diagnostic.Location.Span.Length));
        Assert.Equal(condition, error.Text);
        Assert.Contains("did you mean 'speaker'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_condition_cannot_go_on_to_other_clauses()
    {
        const string condition = "speaker = 'Putin' order by date";

        var error = Assert.Throws<QueryException>(() => Engine.Predicate<Statement>(condition));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal("DQ0300", diagnostic.Id);
        Assert.Equal("order by date", condition[diagnostic.Location.Span.Start..diagnostic.Location.Span.End]);
    }

    [Fact]
    public void Only_model_types_have_predicates()
    {
        Assert.Throws<ArgumentException>(() => Engine.Predicate<string>("text = 'x'"));
        Assert.Throws<ArgumentException>(() => Engine.Prepare("articles where outlet = 'x'").Predicate<Statement>());
    }

    [Theory]
    [InlineData("statements where topic = 'taiwan' order by date desc limit 5")]
    [InlineData("statements order by speaker, line desc")]
    [InlineData("statements where kind != 'indirect' order by via desc, date")]
    [InlineData("statements order by addressee limit 30")]
    [InlineData("articles order by date desc")]
    [InlineData("speakers where statements >= 2 order by country desc, name")]
    public void A_query_applied_to_an_iqueryable_gives_the_rows_in_the_engines_order(string query)
    {
        var expected = Engine.Execute(query).Items;
        var source = Engine.Prepare(query).Bound.Source!.GetRows(Seeds.Corpus);

        var applied = query.StartsWith("statements", StringComparison.Ordinal) ? Seeds.Corpus.Statements.AsQueryable().Query(Engine, query).Cast<object>()
            : query.StartsWith("articles", StringComparison.Ordinal) ? Seeds.Corpus.Articles.AsQueryable().Query(Engine, query).Cast<object>()
            : Seeds.Corpus.Speakers.AsQueryable().Query(Engine, query).Cast<object>();

        Assert.NotEmpty(expected);
        Assert.True(expected.Length < source.Count() || !query.Contains("where", StringComparison.Ordinal));
        Assert.Equal(expected.AsEnumerable(), applied.ToList());
    }

    [Theory]
    [InlineData("statements select speaker, text", "select")]
    [InlineData("statements group by speaker", "group by")]
    [InlineData("statements where topic = 'taiwan' count", "count")]
    public void A_query_that_does_not_return_its_rows_cannot_be_applied(string query, string clause)
    {
        var error = Assert.Throws<QueryException>(() => Seeds.Corpus.Statements.AsQueryable().Query(Engine, query));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal("DQ0301", diagnostic.Id);
        Assert.StartsWith(clause, query[diagnostic.Location.Span.Start..], StringComparison.Ordinal);
    }

    [Fact]
    public void A_query_with_errors_cannot_be_applied()
    {
        var error = Assert.Throws<QueryException>(() => Seeds.Corpus.Statements.AsQueryable().Query(Engine, "statements where speaker = "));

        Assert.Contains(error.Diagnostics, d => d.IsError);
    }

    [Fact]
    public void A_query_runs_on_rows_the_program_chose_as_it_runs_on_the_corpus_with_the_same_filter()
    {
        var article = Seeds.Corpus.Articles.OrderByDescending(a => a.Statements.Length).First();
        var chosen = Seeds.Corpus.Statements.Where(s => s.Article == article).ToList();

        var onRows = chosen.Execute(Engine, "statements where kind != 'indirect' group by speaker order by count desc");
        var onCorpus = Engine.Execute($"statements where article = '{article.Id}' and kind != 'indirect' group by speaker order by count desc");

        Assert.NotEmpty(onRows.Groups);
        Assert.Equal(Seeds.Describe(onCorpus), Seeds.Describe(onRows));
    }

    [Fact]
    public void Running_on_rows_of_another_type_or_with_errors()
    {
        Assert.Throws<ArgumentException>(() => Seeds.Corpus.Articles.Execute(Engine, "statements count"));
        Assert.Throws<ArgumentException>(() => new Statement[] { null! }.Execute(Engine, "statements count"));

        var bad = Seeds.Corpus.Statements.Execute(Engine, "statements where nosuch = 1");
        Assert.False(bad.Succeeded);
        Assert.Contains(bad.Diagnostics, d => d.Id == "DQ0101");
    }

    [Fact]
    public void Rows_from_elsewhere_are_counted_as_given()
    {
        var twice = Seeds.Corpus.Statements.Concat(Seeds.Corpus.Statements);

        Assert.Equal(2 * Seeds.Corpus.Statements.Length, twice.Execute(Engine, "statements count").Count);
    }
}
