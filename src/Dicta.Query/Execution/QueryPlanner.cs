using System.Collections.Immutable;
using Dicta.Model.Text;
using Dicta.Query.Binding;
using Dicta.Query.Schema;

namespace Dicta.Query.Execution;

/// <summary>
/// Finds what the corpus indexes can answer before any scan: <c>speaker = "x"</c>, <c>topic = "x"</c>,
/// <c>text has "x"</c> (and <c>in</c> lists of them), <c>and</c> of anything with at least one of them
/// (intersection), and <c>or</c> of two answerable sides (union). The rest becomes the residual condition.
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

        var conjuncts = Conjuncts(filter).ToList();
        var answered = conjuncts.Select(TryAnswer).ToList();
        var access = answered.OfType<PlanNode>().ToImmutableArray();
        if (access.IsEmpty)
        {
            return new QueryPlan(source, null, filter);
        }

        var residual = conjuncts.Where((_, i) => answered[i] is null).Aggregate<BoundExpression, BoundExpression?>(
            null,
            (left, right) => left is null ? right : new BoundLogicalExpression(left, LogicalOperator.And, right, Cover(left.Span, right.Span)));
        return new QueryPlan(source, access.Length == 1 ? access[0] : new IndexIntersectionNode(access), residual);
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
                return TryAnswer(or.Left) is { } either && TryAnswer(or.Right) is { } other
                    ? new IndexUnionNode([.. UnionInputs(either), .. UnionInputs(other)])
                    : null;
            case BoundLogicalExpression { Operator: LogicalOperator.And } and:
                return TryAnswer(and.Left) is { } first && TryAnswer(and.Right) is { } second
                    ? new IndexIntersectionNode([.. IntersectionInputs(first), .. IntersectionInputs(second)])
                    : null;
            default:
                return null;
        }
    }

    /// <summary>The index of a one-step path to an indexed field.</summary>
    private static FieldIndex? IndexOf(BoundFieldAccess field) =>
        field.Path.Length == 1 && field.Field.Index != FieldIndex.None ? field.Field.Index : null;

    /// <summary>The text of a constant, the only kind of key an index has.</summary>
    private static string? Key(BoundExpression value) => value.IsConstant ? value.ConstantValue as string : null;

    private static ImmutableArray<PlanNode> UnionInputs(PlanNode node) => node is IndexUnionNode union ? union.Inputs : [node];

    private static ImmutableArray<PlanNode> IntersectionInputs(PlanNode node) =>
        node is IndexIntersectionNode intersection ? intersection.Inputs : [node];

    private static IEnumerable<BoundExpression> Conjuncts(BoundExpression condition) =>
        condition is BoundLogicalExpression { Operator: LogicalOperator.And } and
            ? Conjuncts(and.Left).Concat(Conjuncts(and.Right))
            : [condition];

    private static TextSpan Cover(TextSpan a, TextSpan b) => a.Cover(b);
}
