using Dicta.Model;
using Dicta.Model.Text;
using Dicta.Query.Binding;
using Dicta.Query.Execution;
using Dicta.Query.Schema;

namespace Dicta.Query.Tests.Execution;

public class QueryPlannerTests
{
    private static readonly Corpus Corpus = Seeds.Corpus;
    private static readonly SourceSymbol Statements = QuerySchema.Default["statements"];

    public static TheoryData<string> SpeakerNames()
    {
        var data = new TheoryData<string>();
        foreach (var name in Corpus.Speakers.SelectMany(s => s.Aliases.Take(3).Prepend(s.Name)).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            data.Add(name);
        }

        data.Add("PUTIN");
        data.Add("Putn");
        return data;
    }

    [Theory]
    [MemberData(nameof(SpeakerNames))]
    public void A_speaker_lookup_finds_exactly_the_statements_the_predicate_accepts(string name)
    {
        var condition = Equal("speaker", name);

        AssertIndexAnswersExactly(condition, FieldIndex.Speaker);
    }

    [Fact]
    public void Topic_and_term_lookups_find_exactly_what_the_predicate_accepts()
    {
        foreach (var value in Corpus.Topics.SelectMany(t => new[] { t.Slug, t.Label.ToUpperInvariant() }).Append("nothing"))
        {
            AssertIndexAnswersExactly(Equal("topic", value), FieldIndex.Topic);
        }

        foreach (var term in new[] { "Taiwan", "multipolar", "U.S.", "world order", "", "独立" })
        {
            AssertIndexAnswersExactly(new BoundStringTest(Field("text"), StringTestOperator.Has, Text(term), default), FieldIndex.Term);
        }
    }

    [Fact]
    public void And_intersects_or_unites_and_the_rest_is_residual()
    {
        var both = QueryPlanner.Plan(Seeds.Bind("statements where speaker = \"Putin\" and topic = \"Taiwan\""));
        var mixed = QueryPlanner.Plan(Seeds.Bind("statements where speaker = \"Putin\" and line > 3 and text has \"world\""));
        var either = QueryPlanner.Plan(Seeds.Bind("statements where speaker = \"Putin\" or (topic = \"taiwan\" and text has \"china\")"));
        var half = QueryPlanner.Plan(Seeds.Bind("statements where speaker = \"Putin\" or line > 3"));

        Assert.IsType<IndexIntersectionNode>(both.Access);
        Assert.Null(both.Residual);
        var intersection = Assert.IsType<IndexIntersectionNode>(mixed.Access);
        Assert.Equal(2, intersection.Inputs.Length);
        Assert.IsType<BoundComparison>(mixed.Residual);
        var union = Assert.IsType<IndexUnionNode>(either.Access);
        Assert.IsType<IndexIntersectionNode>(union.Inputs[1]);
        Assert.True(half.IsScan);
        Assert.NotNull(half.Residual);
    }

    [Fact]
    public void Only_statements_use_indexes()
    {
        Assert.True(QueryPlanner.Plan(Seeds.Bind("speakers where name = \"Vladimir Putin\"")).IsScan);
        Assert.True(QueryPlanner.Plan(Seeds.Bind("statements where via = \"CCTV\"")).IsScan);
        Assert.True(QueryPlanner.Plan(Seeds.Bind("statements where not speaker = \"Putin\"")).IsScan);
    }

    [Fact]
    public void Plans_and_bound_trees_print_as_indented_trees()
    {
        var query = Seeds.Bind("statements where speaker = \"Putin\" and line > 3 order by line desc limit 2");

        var plan = QueryPlanner.Plan(query).ToString();

        Assert.Equal(
            """
            Plan statements
              IndexLookup Speaker "Putin"
              Residual
                Comparison >
                  Field line : number
                  Literal 3 : number
            """.ReplaceLineEndings("\n"),
            plan.ReplaceLineEndings("\n"));
        Assert.Equal(
            """
            Query statements
              Where
                And
                  Comparison =
                    Field speaker : speaker
                    Literal "Putin" : text
                  Comparison >
                    Field line : number
                    Literal 3 : number
              OrderBy
                Descending
                  Field line : number
              Limit 2
            """.ReplaceLineEndings("\n"),
            query.ToString().ReplaceLineEndings("\n"));
    }

    private static void AssertIndexAnswersExactly(BoundExpression condition, FieldIndex index)
    {
        var query = new BoundQuery(Statements, condition);
        var plan = QueryPlanner.Plan(query);

        var lookup = Assert.IsType<IndexLookupNode>(plan.Access);
        Assert.Equal(index, lookup.Index);
        Assert.Null(plan.Residual);
        var scanned = Seeds.Describe(QueryInterpreter.Execute(query, Corpus));
        Assert.Equal(scanned, Seeds.Describe(QueryInterpreter.Execute(query, plan, Corpus)));
        Assert.Equal(scanned, Seeds.Describe(QueryCompiler.Compile(query).Execute(Corpus)));
    }

    private static BoundFieldAccess Field(string name) => new([Statements.GetField(name)!], default);

    private static BoundLiteral Text(string value) => new(value, QueryType.Text, default);

    private static BoundComparison Equal(string field, string value) => new(Field(field), ComparisonOperator.Equal, Text(value), default(TextSpan));
}
