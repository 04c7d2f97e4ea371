using Dicta.Model.Text;
using Dicta.Query.Binding;
using Dicta.Query.Execution;
using Dicta.Query.Schema;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dicta.Query.Tests.Execution;

/// <summary>Random bound conditions built in code: the interpreter, the compiled code and the planned run agree on all of them.</summary>
public class RandomPredicateProperties
{
    private static readonly SourceSymbol Statements = QuerySchema.Default["statements"];

    [Property(MaxTest = 150)]
    public Property Interpreted_compiled_and_planned_filters_agree() =>
        Prop.ForAll(Condition(3).ToArbitrary(), condition =>
        {
            var query = new BoundQuery(Statements, condition);
            var expected = Seeds.Describe(QueryInterpreter.Execute(query, Seeds.Corpus));
            return expected == Seeds.Describe(QueryCompiler.Compile(query).Execute(Seeds.Corpus))
                && expected == Seeds.Describe(QueryCompiler.Compile(query).ExecuteScan(Seeds.Corpus))
                && expected == Seeds.Describe(QueryInterpreter.Execute(query, QueryPlanner.Plan(query), Seeds.Corpus));
        });

    private static Gen<BoundExpression> Condition(int depth)
    {
        if (depth == 0)
        {
            return Atom();
        }

        var smaller = Condition(depth - 1);
        return Gen.OneOf(
            Atom(),
            Atom(),
            smaller.Select(c => (BoundExpression)new BoundNotExpression(c, default)),
            from op in Gen.Elements(LogicalOperator.And, LogicalOperator.Or)
            from count in Gen.Choose(1, 4)
            from operands in smaller.ArrayOf(count)
            select (BoundExpression)new BoundLogicalExpression(op, [.. operands], default));
    }

    private static Gen<BoundExpression> Atom()
    {
        var speakers = Seeds.Corpus.Speakers.SelectMany(s => s.Aliases.Take(2).Prepend(s.Name)).Append("nobody").ToArray();
        var topics = Seeds.Corpus.Topics.SelectMany(t => new[] { t.Slug, t.Label }).Append("none").ToArray();
        var terms = new[] { "china", "Russia", "world", "multipolar", "the", "Taiwan", "zzz" };
        return Gen.OneOf(
            Gen.Elements(speakers).Select(name => (BoundExpression)Compare("speaker", ComparisonOperator.Equal, Text(name))),
            Gen.Elements(speakers).Select(name => (BoundExpression)Compare("addressee", ComparisonOperator.NotEqual, Text(name))),
            Gen.Elements(topics).Select(name => (BoundExpression)Compare("topic", ComparisonOperator.Equal, Text(name))),
            Gen.Elements(terms).Select(term => (BoundExpression)new BoundStringTest(Field("text"), StringTestOperator.Has, Text(term), default)),
            Gen.Elements(terms).Select(term => (BoundExpression)new BoundStringTest(Field("quote"), StringTestOperator.Contains, Text(term), default)),
            from op in Gen.Elements(Enum.GetValues<ComparisonOperator>())
            from line in Gen.Choose(0, 80)
            select (BoundExpression)Compare("line", op, new BoundLiteral((decimal)line, QueryType.Number, default)),
            from speakersIn in Gen.Elements(speakers).ArrayOf(3)
            from negated in Gen.Elements(true, false)
            select (BoundExpression)new BoundInExpression(Field("speaker"), [.. speakersIn.Select(s => (BoundExpression)Text(s))], negated, default),
            from lower in Gen.Choose(0, 60)
            from negated in Gen.Elements(true, false)
            select (BoundExpression)new BoundBetweenExpression(
                Field("line"), new BoundLiteral((decimal)lower, QueryType.Number, default), new BoundLiteral((decimal)lower + 15, QueryType.Number, default), negated, default));
    }

    private static BoundComparison Compare(string field, ComparisonOperator op, BoundExpression value) =>
        new(Field(field), op, value, default(TextSpan));

    private static BoundFieldAccess Field(string name) => new([Statements.GetField(name)!], default);

    private static BoundLiteral Text(string value) => new(value, QueryType.Text, default);
}
