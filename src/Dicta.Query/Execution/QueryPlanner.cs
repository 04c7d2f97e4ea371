using System.Collections.Immutable;
using Dicta.Query.Binding;
using Dicta.Query.Schema;

namespace Dicta.Query.Execution;

/// <summary>
/// Finds what the corpus indexes can answer before any scan: <c>speaker = "x"</c>, <c>topic = "x"</c>,
/// <c>text has "x"</c> (and <c>in</c> lists of them), <c>and</c> of anything with at least one of them
/// (intersection), and <c>or</c> whose operands are all answerable (union). The rest becomes the residual condition.
/// Only indexed sources (statements) use indexes; the others scan.
/// </summary>
public static class QueryPlanner
{
    /// <summary>The plan of <paramref name="query"/>; a query without a source, filter or index plans as a scan.</summary>
    /// <exception cref="ArgumentException">The query names no source (it has errors).</exception>
    public static QueryPlan Plan(BoundQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var source = query.Source ?? throw new ArgumentException("The query names no source; it has errors and cannot be planned.", nameof(query));
        if (query.Filter is not { } filter || !source.IsIndexed || query.HasErrors)
        {
            return new QueryPlan(source, null, query.Filter);
        }

        if (TryAnswer(filter) is { } whole)
        {
            return new QueryPlan(source, whole, null);
        }

        var conjuncts = new List<BoundExpression>();
        AddConjuncts(filter, conjuncts);
        var access = ImmutableArray.CreateBuilder<PlanNode>(conjuncts.Count);
        var rest = ImmutableArray.CreateBuilder<BoundExpression>(conjuncts.Count);
        foreach (var conjunct in conjuncts)
        {
            if (TryAnswer(conjunct) is { } node)
            {
                access.Add(node);
            }
            else
            {
                rest.Add(conjunct);
            }
        }

        if (access.Count == 0)
        {
            return new QueryPlan(source, null, filter);
        }

        var residual = rest.Count switch
        {
            0 => null,
            1 => rest[0],
            _ => new BoundLogicalExpression(LogicalOperator.And, rest.ToImmutable(), rest.Skip(1).Aggregate(rest[0].Span, (span, next) => span.Cover(next.Span))),
        };
        return new QueryPlan(source, access.Count == 1 ? access[0] : new IndexIntersectionNode(access.ToImmutable()), residual);
    }

    /// <summary>The index step that finds exactly the statements satisfying <paramref name="condition"/>, or null.</summary>
    private static PlanNode? TryAnswer(BoundExpression condition)
    {
        switch (condition)
        {
            case BoundComparison { Operator: ComparisonOperator.Equal, Left: BoundFieldAccess field, Right: var right }
                when IndexOf(field) is { } index and not FieldIndex.Term && Key(right) is { } key:
                return new IndexLookupNode(index, [key], condition);
            case BoundStringTest { Operator: StringTestOperator.Has, Left: BoundFieldAccess field, Right: var right }
                when IndexOf(field) is FieldIndex.Term && Key(right) is { } term:
                return new IndexLookupNode(FieldIndex.Term, [term], condition);
            case BoundInExpression { IsNegated: false, Left: BoundFieldAccess field } @in
                when IndexOf(field) is { } index and not FieldIndex.Term && @in.Values.All(v => Key(v) is not null):
                return new IndexLookupNode(index, [.. @in.Values.Select(v => Key(v)!)], condition);
            case BoundLogicalExpression { Operator: LogicalOperator.Or } or:
                return TryAnswerAll(or.Operands, UnionInputs) is { } united
                    ? united.Length == 1 ? united[0] : new IndexUnionNode(united)
                    : null;
            case BoundLogicalExpression { Operator: LogicalOperator.And } and:
                return TryAnswerAll(and.Operands, IntersectionInputs) is { } common
                    ? common.Length == 1 ? common[0] : new IndexIntersectionNode(common)
                    : null;
            default:
                return null;
        }
    }

    /// <summary>
    /// The index steps of every operand, each spread by <paramref name="inputs"/> into the inputs it adds; null as soon
    /// as one operand is not answerable (and for no operands, which the indexes have no step for).
    /// </summary>
    private static ImmutableArray<PlanNode>? TryAnswerAll(ImmutableArray<BoundExpression> operands, Func<PlanNode, ImmutableArray<PlanNode>> inputs)
    {
        var nodes = ImmutableArray.CreateBuilder<PlanNode>();
        foreach (var operand in operands)
        {
            if (TryAnswer(operand) is not { } node)
            {
                return null;
            }

            nodes.AddRange(inputs(node));
        }

        return nodes.Count == 0 ? null : nodes.ToImmutable();
    }

    /// <summary>The index of a one-step path to an indexed field.</summary>
    private static FieldIndex? IndexOf(BoundFieldAccess field) =>
        field.Path.Length == 1 && field.Field.Index != FieldIndex.None ? field.Field.Index : null;

    /// <summary>The text of a constant, the only kind of key an index has.</summary>
    private static string? Key(BoundExpression value) => value.IsConstant ? value.ConstantValue as string : null;

    private static ImmutableArray<PlanNode> UnionInputs(PlanNode node) => node is IndexUnionNode union ? union.Inputs : [node];

    private static ImmutableArray<PlanNode> IntersectionInputs(PlanNode node) =>
        node is IndexIntersectionNode intersection ? intersection.Inputs : [node];

    /// <summary>
    /// Adds the operands of an <c>and</c>, and of the <c>and</c>s among them (parenthesized ones), left to right; else
    /// the condition itself. Nested <c>and</c>s come only from parentheses, which the parser bounds (NestingGuard), so
    /// the recursion is shallow.
    /// </summary>
    private static void AddConjuncts(BoundExpression condition, List<BoundExpression> conjuncts)
    {
        if (condition is BoundLogicalExpression { Operator: LogicalOperator.And } and)
        {
            foreach (var operand in and.Operands)
            {
                AddConjuncts(operand, conjuncts);
            }
        }
        else
        {
            conjuncts.Add(condition);
        }
    }
}
