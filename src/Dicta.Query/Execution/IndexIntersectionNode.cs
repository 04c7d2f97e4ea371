using System.Collections.Immutable;
using System.Text;

namespace Dicta.Query.Execution;

/// <summary>The statements every input finds: <c>and</c> of indexed conditions.</summary>
/// <param name="Inputs">The steps intersected.</param>
public sealed record IndexIntersectionNode(ImmutableArray<PlanNode> Inputs) : PlanNode
{
    internal override ImmutableArray<int> GetPositions(QueryContext context) =>
        Intersect([.. Inputs.Select(input => input.GetPositions(context))]);

    internal override void Write(StringBuilder builder, int depth)
    {
        Indent(builder, depth);
        builder.AppendLine("Intersect");
        foreach (var input in Inputs)
        {
            input.Write(builder, depth + 1);
        }
    }
}
