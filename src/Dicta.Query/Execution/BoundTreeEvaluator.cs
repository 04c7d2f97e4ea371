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
    /// <summary>
    /// True when the condition holds for <paramref name="row"/>. Each kind of test is a method of its own: a lambda
    /// that captures a parameter here would cost a closure on every row, whatever the kind.
    /// </summary>
    public static bool Test(BoundExpression condition, QueryContext context, object row) => condition switch
    {
        BoundComparison { Operator: ComparisonOperator.NotEqual } c =>
            !Compare(c.Left, ComparisonOperator.Equal, c.Right, context, row),
        BoundComparison c => Compare(c.Left, c.Operator, c.Right, context, row),
        BoundStringTest { Left: BoundFieldAccess { Field.SpanAccessor: not null } field } t => AnyText(field, context, row, (t, context, row), static (s, text) =>
            AnyValue(s.t.Right, s.context, s.row, (s.t.Operator, text), static (inner, r) => QueryOperations.TestText(inner.Operator, inner.text, r as string))),
        BoundStringTest t => TestText(t, context, row),
        BoundRegexMatch { Left: BoundFieldAccess { Field.SpanAccessor: not null } field } m => AnyText(field, context, row, (m, context), static (s, text) =>
            QueryOperations.Matches(s.context, s.m.Regex, s.m.PatternSpan, text)),
        BoundRegexMatch m => Matches(m, context, row),
        BoundLogicalExpression l => TestLogical(l, context, row),
        BoundNotExpression n => !Test(n.Operand, context, row),
        BoundInExpression i => TestIn(i, context, row),
        BoundBetweenExpression b => TestBetween(b, context, row),
        _ => Values(condition, context, row).Any(static v => v is true),
    };

    private static bool TestText(BoundStringTest test, QueryContext context, object row) =>
        Values(test.Left, context, row).Any(l =>
            Values(test.Right, context, row).Any(r => QueryOperations.TestText(test.Operator, l as string, r as string)));

    private static bool Matches(BoundRegexMatch match, QueryContext context, object row) =>
        Values(match.Left, context, row).Any(l => QueryOperations.Matches(context, match.Regex, match.PatternSpan, l as string));

    private static bool TestIn(BoundInExpression test, QueryContext context, object row)
    {
        foreach (var value in test.Values)
        {
            if (Compare(test.Left, ComparisonOperator.Equal, value, context, row))
            {
                return !test.IsNegated;
            }
        }

        return test.IsNegated;
    }

    private static bool TestBetween(BoundBetweenExpression test, QueryContext context, object row) =>
        test.IsNegated ^ Values(test.Left, context, row).Any(l =>
            Values(test.Lower, context, row).Any(lower => Compare(context, test.Left.Type, ComparisonOperator.GreaterOrEqual, l, lower))
            && Values(test.Upper, context, row).Any(upper => Compare(context, test.Left.Type, ComparisonOperator.LessOrEqual, l, upper)));

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
        left is BoundFieldAccess { Type: QueryType.Text, Field.SpanAccessor: not null } field
            ? AnyText(field, context, row, (op, right, context, row), static (s, text) =>
                AnyValue(s.right, s.context, s.row, (s.op, text), static (inner, r) => QueryOperations.CompareText(inner.op, inner.text, r as string)))
            : CompareValues(left, op, right, context, row);

    private static bool CompareValues(BoundExpression left, ComparisonOperator op, BoundExpression right, QueryContext context, object row) =>
        Values(left, context, row).Any(l => Values(right, context, row).Any(r => Compare(context, left.Type, op, l, r)));

    /// <summary>
    /// True when <paramref name="test"/> holds for some text of a field that has a <see cref="FieldSymbol.SpanAccessor"/>,
    /// read in place, as the compiled code reads it: a scan copies no row's text into a string. The test takes its
    /// state as an argument, so that a row's field of the row itself costs no allocation.
    /// </summary>
    private static bool AnyText<TState>(BoundFieldAccess field, QueryContext context, object row, TState state, Func<TState, ReadOnlyMemory<char>?, bool> test)
    {
        if (field.Path.Length == 1)
        {
            return AnyTextOf(field.Field, context, row, state, test);
        }

        foreach (var receiver in Read(field.Path[..^1], context, row))
        {
            if (AnyTextOf(field.Field, context, receiver, state, test))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyTextOf<TState>(FieldSymbol symbol, QueryContext context, object receiver, TState state, Func<TState, ReadOnlyMemory<char>?, bool> test)
    {
        if (symbol.ReadSpans is not { } readMany)
        {
            return symbol.ReadSpan!(context, receiver) is { } text && test(state, text);
        }

        foreach (var text in readMany(context, receiver))
        {
            if (test(state, text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="test"/> holds for some value of <paramref name="expression"/>; a constant is tested as it is, without a sequence around it.</summary>
    private static bool AnyValue<TState>(BoundExpression expression, QueryContext context, object row, TState state, Func<TState, object, bool> test)
    {
        if (expression.IsConstant)
        {
            return expression.ConstantValue is { } constant && test(state, constant);
        }

        foreach (var value in Values(expression, context, row))
        {
            if (test(state, value))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<object> Read(BoundFieldAccess field, QueryContext context, object row) => Read(field.Path, context, row);

    private static IEnumerable<object> Read(IEnumerable<FieldSymbol> path, QueryContext context, object row)
    {
        IEnumerable<object> current = [row];
        foreach (var symbol in path)
        {
            current = symbol.IsMany
                ? current.SelectMany(value => ((System.Collections.IEnumerable?)symbol.Read(context, value))?.Cast<object>() ?? [])
                : current.Select(value => symbol.Read(context, value)).OfType<object>();
        }

        return current;
    }
}
