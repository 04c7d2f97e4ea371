using System.Collections.Immutable;
using System.Text;
using Dicta.Query.Binding;
using Dicta.Query.Schema;

namespace Dicta.Query.Execution;

/// <summary>
/// Statements found in one corpus index by one or more keys (<c>speaker in ("Putin", "Xi")</c> has two).
/// A speaker key is looked up under every canonical name it names (<see cref="QueryContext.SpeakerNames"/>),
/// a topic key under every slug it names (<see cref="QueryContext.TopicSlugs"/>): the same sets the row test uses.
/// </summary>
/// <param name="Index">The index.</param>
/// <param name="Keys">The values looked up.</param>
/// <param name="Condition">The condition the lookup answers.</param>
public sealed record IndexLookupNode(FieldIndex Index, ImmutableArray<string> Keys, BoundExpression Condition) : PlanNode
{
    internal override ImmutableArray<int> GetPositions(QueryContext context)
    {
        var index = context.Corpus.Index;
        return Union(Keys.SelectMany(key => Index switch
        {
            FieldIndex.Speaker => context.SpeakerNames(key).Select(index.BySpeaker),
            FieldIndex.Topic => context.TopicSlugs(key).Select(index.ByTopic),
            FieldIndex.Term => [index.ByTerm(key)],
            _ => [],
        }));
    }

    internal override void Write(StringBuilder builder, int depth)
    {
        Indent(builder, depth);
        builder.Append("IndexLookup ").Append(Index).Append(' ')
            .AppendJoin(", ", Keys.Select(k => BoundTreePrinter.FormatValue(k))).AppendLine();
    }
}
