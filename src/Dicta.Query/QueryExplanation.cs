using System.Collections.Immutable;
using System.Text;
using Dicta.Model.Diagnostics;
using Dicta.Query.Binding;
using Dicta.Query.Syntax;

namespace Dicta.Query;

/// <summary>
/// What the engine makes of a query, stage by stage: its syntax tree, its bound tree, the plan (which indexes answer
/// which part, and the test left for a scan), and the compiled expression; with the diagnostics. For <c>:explain</c>.
/// </summary>
/// <param name="Syntax">The syntax tree, as an indented outline.</param>
/// <param name="Bound">The bound tree, printed.</param>
/// <param name="Plan">The plan, printed; empty when the query has errors.</param>
/// <param name="Expression">The compiled row test as C#-like expression text; empty when the query has errors.</param>
/// <param name="Diagnostics">The diagnostics of parsing and binding.</param>
public sealed record QueryExplanation(string Syntax, string Bound, string Plan, string Expression, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>The explanation of a prepared query; compiles it if it was not compiled yet.</summary>
    public static QueryExplanation Of(PreparedQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new(
            SyntaxPrinter.Dump(query.Syntax.Root),
            BoundTreePrinter.Print(query.Bound),
            query.Plan?.ToString() ?? string.Empty,
            query.HasErrors ? string.Empty : query.Compile().Predicate?.ToString() ?? string.Empty,
            query.Diagnostics);
    }

    /// <summary>Every section under a heading.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder();
        Section(builder, "syntax", Syntax);
        Section(builder, "bound", Bound);
        Section(builder, "plan", Plan);
        Section(builder, "expression", Expression);
        Section(builder, "diagnostics", string.Join(Environment.NewLine, Diagnostics));
        return builder.ToString();
    }

    private static void Section(StringBuilder builder, string title, string body)
    {
        if (body.Length > 0)
        {
            builder.Append("-- ").AppendLine(title).AppendLine(body.TrimEnd());
        }
    }
}
