using Dicta.Model;
using Dicta.Query.Binding;
using Dicta.Query.Schema;

namespace Dicta.Query.Execution;

/// <summary>
/// Walks a bound expression over one row with the schema's accessors: the interpreter, and the oracle the
/// compiled code is tested against. Every value is a sequence of zero or more values, so that an absent value
/// and a many-valued field follow the same rule: a test holds when it holds for some value.
/// </summary>
internal static class BoundTreeEvaluator
{
    /// <summary>True when the condition holds for <paramref name="row"/>.</summary>
    public static bool Test(BoundExpression condition, QueryContext context, object row) => condition switch
    {
        BoundComparison { Operator: ComparisonOperator.NotEqual } c =>
            !Compare(c.Left, ComparisonOperator.Equal, c.Right, context, row),
        BoundComparison c => Compare(c.Left, c.Operator, c.Right, context, row),
        BoundStringTest t => Values(t.Left, context, row).Any(l =>
            Values(t.Right, context, row).Any(r => QueryOperations.TestText(t.Operator, l as string, r as string))),
        BoundRegexMatch m => Values(m.Left, context, row).Any(l => QueryOperations.Matches(context, m.Regex, m.PatternSpan, l as string)),
        BoundLogicalExpression l => TestLogical(l, context, row),
        BoundNotExpression n => !Test(n.Operand, context, row),
        BoundInExpression i => i.IsNegated ^ i.Values.Any(v => Compare(i.Left, ComparisonOperator.Equal, v, context, row)),
        BoundBetweenExpression b => b.IsNegated ^ Values(b.Left, context, row).Any(l =>
            Values(b.Lower, context, row).Any(lower => Compare(context, b.Left.Type, ComparisonOperator.GreaterOrEqual, l, lower))
            && Values(b.Upper, context, row).Any(upper => Compare(context, b.Left.Type, ComparisonOperator.LessOrEqual, l, upper))),
        _ => Values(condition, context, row).Any(v => v is true),
    };

    /// <summary>
    /// The operands left to right, stopping at the first that decides: a false one for <c>and</c>, a true one for
    /// <c>or</c>. A loop over the operands, however many there are.
    /// </summary>
    private static bool TestLogical(BoundLogicalExpression logical, QueryContext context, object row)
    {
        var decisive = logical.Operator == LogicalOperator.Or;
        foreach (var operand in logical.Operands)
        {
            if (Test(operand, context, row) == decisive)
            {
                return decisive;
            }
        }

        return !decisive;
    }

    /// <summary>The value of <paramref name="expression"/> as a result holds it: a many-valued one as an array of its values, an absent one as null.</summary>
    public static object? Value(BoundExpression expression, QueryContext context, object row) =>
        expression.IsMany
            ? QueryOperations.Materialize(Values(expression, context, row))
            : Values(expression, context, row).FirstOrDefault();

    /// <summary>The values of <paramref name="expression"/> on <paramref name="row"/>: none when absent, one, or many.</summary>
    public static IEnumerable<object> Values(BoundExpression expression, QueryContext context, object row)
    {
        switch (expression)
        {
            case BoundFieldAccess field:
                return Read(field, context, row);
            case BoundLiteral or BoundParameter:
                return expression.ConstantValue is { } constant ? [constant] : [];
            case BoundErrorExpression or BoundGroupKeyReference or BoundCountReference:
                return [];
            default:
                return [Test(expression, context, row)];
        }
    }

    /// <summary>Compares by the left side's type; <paramref name="op"/> is never <see cref="ComparisonOperator.NotEqual"/> here.</summary>
    internal static bool Compare(QueryContext context, QueryType leftType, ComparisonOperator op, object? left, object? right) => leftType switch
    {
        QueryType.Text => QueryOperations.CompareText(op, left as string, right as string),
        QueryType.Number => QueryOperations.CompareNumber(op, left as decimal?, right as decimal?),
        QueryType.Date => QueryOperations.CompareDate(op, left as DateOnly?, right as DateOnly?),
        QueryType.Boolean => QueryOperations.CompareBoolean(op, left as bool?, right as bool?),
        QueryType.Speaker => QueryOperations.CompareSpeaker(context, op, left as Speaker, right as string),
        QueryType.Topic => QueryOperations.CompareTopic(context, op, left as Topic, right as string),
        QueryType.Article => QueryOperations.CompareArticle(op, left as Article, right as string),
        _ => false,
    };

    private static bool Compare(BoundExpression left, ComparisonOperator op, BoundExpression right, QueryContext context, object row) =>
        Values(left, context, row).Any(l => Values(right, context, row).Any(r => Compare(context, left.Type, op, l, r)));

    private static IEnumerable<object> Read(BoundFieldAccess field, QueryContext context, object row)
    {
        IEnumerable<object> current = [row];
        foreach (var symbol in field.Path)
        {
            current = symbol.IsMany
                ? current.SelectMany(value => ((System.Collections.IEnumerable?)symbol.Read(context, value))?.Cast<object>() ?? [])
                : current.Select(value => symbol.Read(context, value)).OfType<object>();
        }

        return current;
    }
}
