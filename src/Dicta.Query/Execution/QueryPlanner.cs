using System.Collections.Immutable;
using Dicta.Model.Text;
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

        if (filter is not BoundLogicalExpression { Operator: LogicalOperator.And } and)
        {
            var answer = TryAnswer(filter);
            return new QueryPlan(source, answer, answer is null ? filter : null);
        }

        // Each conjunct is tried once: the answerable ones are the access path, the others the residual. When all
        // are answerable, the whole condition is, as the intersection of their inputs (nested ones spread out).
        var access = ImmutableArray.CreateBuilder<PlanNode>(and.Operands.Length);
        ImmutableArray<BoundExpression>.Builder? rest = null;
        SplitConjuncts(and, access, ref rest);
        if (access.Count == 0)
        {
            return new QueryPlan(source, null, filter);
        }

        if (rest is null)
        {
            var inputs = ImmutableArray.CreateBuilder<PlanNode>(access.Count);
            foreach (var node in access)
            {
                AddInputs(inputs, node, union: false);
            }

            return new QueryPlan(source, inputs.Count == 1 ? inputs[0] : new IndexIntersectionNode(ToImmutable(inputs)), null);
        }

        var residual = rest.Count == 1 ? rest[0] : new BoundLogicalExpression(LogicalOperator.And, rest.ToImmutable(), CoverOf(rest));
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
                return TryAnswerAll(or.Operands, union: true) is { } united
                    ? united.Length == 1 ? united[0] : new IndexUnionNode(united)
                    : null;
            case BoundLogicalExpression { Operator: LogicalOperator.And } and:
                return TryAnswerAll(and.Operands, union: false) is { } common
                    ? common.Length == 1 ? common[0] : new IndexIntersectionNode(common)
                    : null;
            default:
                return null;
        }
    }

    /// <summary>
    /// The index steps of every operand, each spread into the inputs it adds (<see cref="AddInputs"/>); null as soon
    /// as one operand is not answerable (and for no operands, which the indexes have no step for).
    /// </summary>
    private static ImmutableArray<PlanNode>? TryAnswerAll(ImmutableArray<BoundExpression> operands, bool union)
    {
        var nodes = ImmutableArray.CreateBuilder<PlanNode>(operands.Length);
        foreach (var operand in operands)
        {
            if (TryAnswer(operand) is not { } node)
            {
                return null;
            }

            AddInputs(nodes, node, union);
        }

        return nodes.Count == 0 ? null : ToImmutable(nodes);
    }

    /// <summary>
    /// Adds the inputs <paramref name="node"/> gives a union (<paramref name="union"/>) or an intersection: the inputs
    /// of a node of the same operation, so that those nest no deeper than the operators alternate; else the node.
    /// </summary>
    private static void AddInputs(ImmutableArray<PlanNode>.Builder nodes, PlanNode node, bool union)
    {
        switch (node)
        {
            case IndexUnionNode united when union:
                nodes.AddRange(united.Inputs);
                break;
            case IndexIntersectionNode common when !union:
                nodes.AddRange(common.Inputs);
                break;
            default:
                nodes.Add(node);
                break;
        }
    }

    /// <summary>The builder's items, without a copy when it is full.</summary>
    private static ImmutableArray<PlanNode> ToImmutable(ImmutableArray<PlanNode>.Builder nodes) =>
        nodes.Count == nodes.Capacity ? nodes.MoveToImmutable() : nodes.ToImmutable();

    /// <summary>The span from the first expression's start to the last one's end.</summary>
    private static TextSpan CoverOf(ImmutableArray<BoundExpression>.Builder expressions)
    {
        var span = expressions[0].Span;
        for (var i = 1; i < expressions.Count; i++)
        {
            span = span.Cover(expressions[i].Span);
        }

        return span;
    }

    /// <summary>The index of a one-step path to an indexed field.</summary>
    private static FieldIndex? IndexOf(BoundFieldAccess field) =>
        field.Path.Length == 1 && field.Field.Index != FieldIndex.None ? field.Field.Index : null;

    /// <summary>The text of a constant, the only kind of key an index has.</summary>
    private static string? Key(BoundExpression value) => value.IsConstant ? value.ConstantValue as string : null;

    /// <summary>
    /// Sorts the operands of an <c>and</c>, and of the <c>and</c>s among them (parenthesized ones), left to right, into
    /// those the indexes answer (their steps, in <paramref name="access"/>) and the rest (made on the first). Nested
    /// <c>and</c>s come only from parentheses, which the parser bounds (NestingGuard), so the recursion is shallow.
    /// </summary>
    private static void SplitConjuncts(BoundLogicalExpression and, ImmutableArray<PlanNode>.Builder access, ref ImmutableArray<BoundExpression>.Builder? rest)
    {
        foreach (var operand in and.Operands)
        {
            if (operand is BoundLogicalExpression { Operator: LogicalOperator.And } nested)
            {
                SplitConjuncts(nested, access, ref rest);
            }
            else if (TryAnswer(operand) is { } node)
            {
                access.Add(node);
            }
            else
            {
                (rest ??= ImmutableArray.CreateBuilder<BoundExpression>(and.Operands.Length)).Add(operand);
            }
        }
    }
}
