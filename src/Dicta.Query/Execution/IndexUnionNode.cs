using System.Collections.Immutable;
using System.Text;

namespace Dicta.Query.Execution;

/// <summary>The statements any input finds: <c>or</c> of indexed conditions.</summary>
/// <param name="Inputs">The steps united.</param>
public sealed record IndexUnionNode(ImmutableArray<PlanNode> Inputs) : PlanNode
{
    internal override ImmutableArray<int> GetPositions(QueryContext context) =>
        Union(Inputs.Select(input => input.GetPositions(context)));

    internal override void Write(StringBuilder builder, int depth)
    {
        Indent(builder, depth);
        builder.AppendLine("Union");
        foreach (var input in Inputs)
        {
            input.Write(builder, depth + 1);
        }
    }
}
