using System.Text;
using Dicta.Query.Binding;
using Dicta.Query.Schema;

namespace Dicta.Query.Execution;

/// <summary>
/// How a query finds its rows: an access path through the corpus indexes (or a scan of every row when
/// <see cref="Access"/> is null), then the residual condition checked on each candidate.
/// </summary>
public sealed class QueryPlan
{
    internal QueryPlan(SourceSymbol source, PlanNode? access, BoundExpression? residual)
    {
        Source = source;
        Access = access;
        Residual = residual;
    }

    /// <summary>The source whose rows are found.</summary>
    public SourceSymbol Source { get; }

    /// <summary>The index steps that find the candidates; null to scan every row.</summary>
    public PlanNode? Access { get; }

    /// <summary>What each candidate must still satisfy; null when the access path answers the whole condition.</summary>
    public BoundExpression? Residual { get; }

    /// <summary>True when the plan reads every row.</summary>
    public bool IsScan => Access is null;

    /// <summary>The plan as an indented tree, for <c>Explain</c>.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder();
        builder.Append("Plan ").AppendLine(Source.Name);
        if (Access is null)
        {
            builder.AppendLine("  Scan");
        }
        else
        {
            Access.Write(builder, 1);
        }

        if (Residual is not null)
        {
            builder.AppendLine("  Residual");
            foreach (var line in Residual.ToString().Split('\n'))
            {
                builder.Append("    ").AppendLine(line);
            }
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>The candidate rows, in the corpus's order.</summary>
    internal IEnumerable<object> GetCandidates(QueryContext context)
    {
        if (Access is null)
        {
            return Source.GetRows(context.Corpus);
        }

        var statements = context.Corpus.Statements;
        return Access.GetPositions(context).Select(position => (object)statements[position]);
    }
}
