using System.Linq.Expressions;
using System.Reflection;
using Dicta.Model;
using Dicta.Model.Text;
using Dicta.Query.Binding;
using Dicta.Query.Schema;

namespace Dicta.Query.Execution;

/// <summary>
/// Translates a bound expression into a <see cref="System.Linq.Expressions"/> tree over one typed row. Rows are
/// read only through the schema's accessor expressions, inlined; operators call <see cref="QueryOperations"/>,
/// exactly as the interpreter does. Nothing named in a query is looked up by reflection: the only members
/// reached are the accessors' and the fixed operations below.
/// </summary>
internal sealed class ExpressionBuilder
{
    private static readonly MethodInfo CompareTextMethod = Method(nameof(QueryOperations.CompareText), typeof(ComparisonOperator), typeof(string), typeof(string));
    private static readonly MethodInfo CompareSpanMethod = Method(nameof(QueryOperations.CompareText), typeof(ComparisonOperator), typeof(ReadOnlyMemory<char>?), typeof(string));
    private static readonly MethodInfo CompareNumberMethod = Method(nameof(QueryOperations.CompareNumber));
    private static readonly MethodInfo CompareDateMethod = Method(nameof(QueryOperations.CompareDate));
    private static readonly MethodInfo CompareBooleanMethod = Method(nameof(QueryOperations.CompareBoolean));
    private static readonly MethodInfo CompareSpeakerMethod = Method(nameof(QueryOperations.CompareSpeaker));
    private static readonly MethodInfo CompareTopicMethod = Method(nameof(QueryOperations.CompareTopic));
    private static readonly MethodInfo CompareArticleMethod = Method(nameof(QueryOperations.CompareArticle));
    private static readonly MethodInfo TestTextMethod = Method(nameof(QueryOperations.TestText), typeof(StringTestOperator), typeof(string), typeof(string));
    private static readonly MethodInfo TestSpanMethod = Method(nameof(QueryOperations.TestText), typeof(StringTestOperator), typeof(ReadOnlyMemory<char>?), typeof(string));
    private static readonly MethodInfo MatchesMethod = Method(nameof(QueryOperations.Matches), typeof(QueryContext), typeof(QueryRegex), typeof(TextSpan), typeof(string));
    private static readonly MethodInfo MatchesSpanMethod = Method(nameof(QueryOperations.Matches), typeof(QueryContext), typeof(QueryRegex), typeof(TextSpan), typeof(ReadOnlyMemory<char>?));
    private static readonly MethodInfo MaterializeMethod = Method(nameof(QueryOperations.Materialize));

    private static readonly MethodInfo AnyMethod = typeof(Enumerable).GetMethods(BindingFlags.Public | BindingFlags.Static)
        .Single(m => m.Name == nameof(Enumerable.Any) && m.GetParameters().Length == 2);

    private static readonly MethodInfo EmptyMethod = typeof(Enumerable).GetMethod(nameof(Enumerable.Empty))!;

    /// <summary>Creates a builder for rows of <paramref name="rowType"/>.</summary>
    public ExpressionBuilder(Type rowType)
    {
        Context = Expression.Parameter(typeof(QueryContext), "context");
        Row = Expression.Parameter(rowType, "row");
    }

    /// <summary>The context parameter of every lambda built.</summary>
    public ParameterExpression Context { get; }

    /// <summary>The row parameter of every lambda built.</summary>
    public ParameterExpression Row { get; }

    /// <summary><c>(context, row) =&gt; condition</c>, typed by the row; <c>true</c> when there is no condition.</summary>
    public LambdaExpression Predicate(BoundExpression? condition) =>
        Expression.Lambda(
            typeof(Func<,,>).MakeGenericType(typeof(QueryContext), Row.Type, typeof(bool)),
            condition is null ? Expression.Constant(true) : Test(condition),
            Context,
            Row);

    /// <summary><c>(context, row) =&gt; value</c> boxed as a result holds it (see <see cref="BoundTreeEvaluator.Value"/>).</summary>
    public LambdaExpression Value(BoundExpression expression)
    {
        var body = expression.IsMany
            ? Expression.Call(MaterializeMethod, Many(expression))
            : Single(expression);
        return Expression.Lambda(
            typeof(Func<,,>).MakeGenericType(typeof(QueryContext), Row.Type, typeof(object)),
            Expression.Convert(body, typeof(object)),
            Context,
            Row);
    }

    /// <summary>Wraps a lambda over the typed row as one over a boxed row, for the executor.</summary>
    public Func<QueryContext, object, T> Boxed<T>(LambdaExpression typed)
    {
        var context = Expression.Parameter(typeof(QueryContext), "context");
        var row = Expression.Parameter(typeof(object), "row");
        var typedRow = Expression.Variable(Row.Type, "typedRow");
        var body = Expression.Block(
            [typedRow],
            Expression.Assign(typedRow, Expression.Convert(row, Row.Type)),
            ExpressionInliner.Inline(typed, context, typedRow));
        return Expression.Lambda<Func<QueryContext, object, T>>(body, context, row).Compile();
    }

    /// <summary>
    /// <c>row =&gt; …</c>: a lambda over the context and the typed row with <paramref name="context"/> built in as a
    /// constant, for LINQ that knows nothing of contexts.
    /// </summary>
    public static Expression<Func<TRow, TResult>> Closed<TRow, TResult>(LambdaExpression typed, QueryContext context)
    {
        var row = Expression.Parameter(typeof(TRow), "row");
        return Expression.Lambda<Func<TRow, TResult>>(ExpressionInliner.Inline(typed, Expression.Constant(context), row), row);
    }

    private Expression Test(BoundExpression condition)
    {
        switch (condition)
        {
            case BoundComparison { Operator: ComparisonOperator.NotEqual } c:
                return Expression.Not(Compare(c.Left, ComparisonOperator.Equal, c.Right));
            case BoundComparison c:
                return Compare(c.Left, c.Operator, c.Right);
            case BoundStringTest t:
                return AnyText(t.Left, l => Any(t.Right, r => Expression.Call(
                    OnText(l, TestTextMethod, TestSpanMethod), Expression.Constant(t.Operator), l, As(r, typeof(string)))));
            case BoundRegexMatch m:
                return AnyText(m.Left, l => Expression.Call(
                    OnText(l, MatchesMethod, MatchesSpanMethod), Context, Expression.Constant(m.Regex), Expression.Constant(m.PatternSpan), l));
            case BoundLogicalExpression { Operator: LogicalOperator.And } l:
                return Balanced([.. l.Operands.Select(Test)], Expression.AndAlso, Expression.Constant(true));
            case BoundLogicalExpression l:
                return Balanced([.. l.Operands.Select(Test)], Expression.OrElse, Expression.Constant(false));
            case BoundNotExpression n:
                return Expression.Not(Test(n.Operand));
            case BoundInExpression i:
                var anyValue = Balanced(
                    [.. i.Values.Select(value => Compare(i.Left, ComparisonOperator.Equal, value))],
                    Expression.OrElse,
                    Expression.Constant(false));
                return i.IsNegated ? Expression.Not(anyValue) : anyValue;
            case BoundBetweenExpression b:
                var between = Any(b.Left, l => Expression.AndAlso(
                    Any(b.Lower, lower => Compare(b.Left.Type, ComparisonOperator.GreaterOrEqual, l, lower)),
                    Any(b.Upper, upper => Compare(b.Left.Type, ComparisonOperator.LessOrEqual, l, upper))));
                return b.IsNegated ? Expression.Not(between) : between;
            case BoundErrorExpression or BoundGroupKeyReference or BoundCountReference:
                return Expression.Constant(false);
            default:
                return Any(condition, v => Expression.Equal(As(v, typeof(bool?)), Expression.Constant(true, typeof(bool?))));
        }
    }

    /// <summary>
    /// The operands joined by <paramref name="join"/> (<c>AndAlso</c> or <c>OrElse</c>) as a balanced tree, halves
    /// joined recursively: as deep as the logarithm of their number, where a chain would be as deep as the number
    /// itself, and the compiler of expression trees recurses on depth. Both operators are associative and evaluate
    /// left before right, so the halves test the operands left to right and stop where the chain would have stopped.
    /// </summary>
    private static Expression Balanced(Expression[] operands, Func<Expression, Expression, BinaryExpression> join, Expression empty)
    {
        return operands.Length == 0 ? empty : Join(0, operands.Length);

        Expression Join(int start, int count)
        {
            if (count == 1)
            {
                return operands[start];
            }

            var half = count / 2;
            return join(Join(start, half), Join(start + half, count - half));
        }
    }

    private Expression Compare(BoundExpression left, ComparisonOperator op, BoundExpression right) =>
        left.Type == QueryType.Text
            ? AnyText(left, l => Any(right, r => Expression.Call(
                OnText(l, CompareTextMethod, CompareSpanMethod), Expression.Constant(op), l, As(r, typeof(string)))))
            : Any(left, l => Any(right, r => Compare(left.Type, op, l, r)));

    /// <summary>Mirrors <see cref="BoundTreeEvaluator.Compare(QueryContext, QueryType, ComparisonOperator, object?, object?)"/>.</summary>
    private Expression Compare(QueryType leftType, ComparisonOperator op, Expression left, Expression right)
    {
        var opConstant = Expression.Constant(op);
        return leftType switch
        {
            QueryType.Text => Expression.Call(CompareTextMethod, opConstant, As(left, typeof(string)), As(right, typeof(string))),
            QueryType.Number => Expression.Call(CompareNumberMethod, opConstant, As(left, typeof(decimal?)), As(right, typeof(decimal?))),
            QueryType.Date => Expression.Call(CompareDateMethod, opConstant, As(left, typeof(DateOnly?)), As(right, typeof(DateOnly?))),
            QueryType.Boolean => Expression.Call(CompareBooleanMethod, opConstant, As(left, typeof(bool?)), As(right, typeof(bool?))),
            QueryType.Speaker => Expression.Call(CompareSpeakerMethod, Context, opConstant, As(left, typeof(Speaker)), As(right, typeof(string))),
            QueryType.Topic => Expression.Call(CompareTopicMethod, Context, opConstant, As(left, typeof(Topic)), As(right, typeof(string))),
            QueryType.Article => Expression.Call(CompareArticleMethod, opConstant, As(left, typeof(Article)), As(right, typeof(string))),
            _ => Expression.Constant(false),
        };
    }

    /// <summary>
    /// The body for some value of <paramref name="expression"/>: for a single value, the body of that value (the
    /// operations treat null as absent); for many, <c>values.Any(v =&gt; body(v))</c>.
    /// </summary>
    private Expression Any(BoundExpression expression, Func<Expression, Expression> body)
    {
        if (!expression.IsMany)
        {
            return body(Single(expression));
        }

        var values = Many(expression);
        var elementType = expression.Type.GetElementType();
        var element = Expression.Parameter(elementType, "value");
        var predicate = Expression.Lambda(body(Expression.Convert(element, expression.Type.GetValueType())), element);
        return Expression.Call(AnyMethod.MakeGenericMethod(elementType), values, predicate);
    }

    /// <summary>
    /// The body for some text of <paramref name="expression"/>, which is of type text: read in place as a nullable
    /// <see cref="ReadOnlyMemory{T}"/> when its field has a <see cref="FieldSymbol.SpanAccessor"/>, so that a scan
    /// copies nothing; otherwise as a <see cref="string"/>. <paramref name="body"/> picks its operation by the type.
    /// </summary>
    private Expression AnyText(BoundExpression expression, Func<Expression, Expression> body)
    {
        if (expression is not BoundFieldAccess { Field.SpanAccessor: not null } field)
        {
            return Any(expression, value => body(As(value, typeof(string))));
        }

        var texts = Read(field, inPlace: true);
        if (!field.IsMany)
        {
            return body(texts);
        }

        var element = Expression.Parameter(typeof(ReadOnlyMemory<char>), "text");
        var predicate = Expression.Lambda(body(Expression.Convert(element, typeof(ReadOnlyMemory<char>?))), element);
        return Expression.Call(AnyMethod.MakeGenericMethod(typeof(ReadOnlyMemory<char>)), texts, predicate);
    }

    /// <summary>The overload of an operation for text as <paramref name="text"/> holds it: a string, or a span read in place.</summary>
    private static MethodInfo OnText(Expression text, MethodInfo onString, MethodInfo onSpan) =>
        text.Type == typeof(string) ? onString : onSpan;

    /// <summary>A single value as <see cref="QueryTypes.GetValueType"/> (null when absent).</summary>
    private Expression Single(BoundExpression expression) => expression switch
    {
        BoundFieldAccess field => Read(field),
        BoundLiteral or BoundParameter => Expression.Constant(expression.ConstantValue, expression.Type.GetValueType()),
        BoundErrorExpression or BoundGroupKeyReference or BoundCountReference => Expression.Default(expression.Type.GetValueType()),
        _ => Expression.Convert(Test(expression), typeof(bool?)),
    };

    /// <summary>A many-valued field path as an <see cref="IEnumerable{T}"/> of its elements, empty when a step is absent.</summary>
    private Expression Many(BoundExpression expression) =>
        expression is BoundFieldAccess field
            ? Read(field)
            : Expression.Call(EmptyMethod.MakeGenericMethod(expression.Type.GetElementType()));

    /// <summary>
    /// Reads a path of single-valued fields (the last may be many-valued), stopping at the first absent value; the last
    /// field through its <see cref="FieldSymbol.SpanAccessor"/> when <paramref name="inPlace"/>.
    /// </summary>
    private Expression Read(BoundFieldAccess field, bool inPlace = false)
    {
        Expression current = Row;
        for (var i = 0; i < field.Path.Length; i++)
        {
            var symbol = field.Path[i];
            var accessor = inPlace && i == field.Path.Length - 1 ? symbol.SpanAccessor! : symbol.Accessor;
            if (i == 0)
            {
                current = ExpressionInliner.Inline(accessor, Context, current);
                continue;
            }

            var receiver = Expression.Variable(current.Type, "receiver");
            var absent = symbol.IsMany
                ? (Expression)Expression.Call(EmptyMethod.MakeGenericMethod(accessor.ReturnType.GetGenericArguments()[0]))
                : Expression.Default(accessor.ReturnType);
            current = Expression.Block(
                accessor.ReturnType,
                [receiver],
                Expression.Assign(receiver, current),
                Expression.Condition(
                    Expression.Equal(receiver, Expression.Constant(null, receiver.Type)),
                    absent,
                    ExpressionInliner.Inline(accessor, Context, Expression.Convert(receiver, symbol.RowType)),
                    accessor.ReturnType));
        }

        return current;
    }

    /// <summary>The value as <paramref name="type"/>, or null when it is of another type (as the interpreter's <c>as</c> does).</summary>
    private static Expression As(Expression value, Type type) =>
        value.Type == type ? value : Expression.TypeAs(Expression.Convert(value, typeof(object)), type);

    private static MethodInfo Method(string name, params Type[] parameterTypes) =>
        (parameterTypes.Length == 0
            ? typeof(QueryOperations).GetMethod(name, BindingFlags.Public | BindingFlags.Static)
            : typeof(QueryOperations).GetMethod(name, BindingFlags.Public | BindingFlags.Static, parameterTypes))
        ?? throw new MissingMethodException(nameof(QueryOperations), name);
}
