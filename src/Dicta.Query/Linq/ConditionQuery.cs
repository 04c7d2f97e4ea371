using System.Collections.Immutable;
using Dicta.Model.Diagnostics;
using Dicta.Model.Text;
using Dicta.Query.Schema;
using Dicta.Query.Syntax;

namespace Dicta.Query.Linq;

/// <summary>
/// A condition on its own (<c>speaker = "Putin" and topic = "taiwan"</c>) is run as the query
/// <c>SOURCE where CONDITION</c>; this writes that query and moves its diagnostics back onto the condition's text, so
/// that a user sees columns of what they wrote.
/// </summary>
internal static class ConditionQuery
{
    /// <summary>The path of a condition's text in diagnostics.</summary>
    public const string Path = "condition";

    /// <summary>The whole query that tests <paramref name="condition"/> on rows of <paramref name="source"/>.</summary>
    public static string TextOf(SourceSymbol source, string condition) => Prefix(source) + condition;

    /// <summary>
    /// The diagnostics of <paramref name="query"/> (made by <see cref="TextOf"/>), located in <paramref name="condition"/>,
    /// and an error for each clause the condition went on to (a condition is only the text after <c>where</c>).
    /// </summary>
    public static ImmutableArray<Diagnostic> Diagnostics(PreparedQuery query, SourceSymbol source, string condition)
    {
        var text = SourceText.From(condition, Path);
        var offset = Prefix(source).Length;
        Location Locate(TextSpan span) => Location.In(text, Shift(span, offset, condition.Length));

        var clauses = query.Syntax.Root.Clauses.Select(clause =>
            LinqDiagnostics.ClauseInCondition.Create(Locate(clause.Span), SyntaxFacts.GetClauseName(clause.Kind)));
        return
        [
            .. query.Diagnostics.Select(d => d with { Location = d.Location.Source is null ? d.Location : Locate(d.Location.Span) }),
            .. clauses,
        ];
    }

    private static string Prefix(SourceSymbol source) => source.Name + " where ";

    private static TextSpan Shift(TextSpan span, int offset, int length)
    {
        var start = Math.Clamp(span.Start - offset, 0, length);
        return TextSpan.FromBounds(start, Math.Clamp(span.End - offset, start, length));
    }
}
