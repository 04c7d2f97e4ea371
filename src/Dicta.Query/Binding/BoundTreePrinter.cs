using System.Globalization;
using System.Text;
using Dicta.Query.Schema;

namespace Dicta.Query.Binding;

/// <summary>Prints bound queries and expressions as indented trees, one node a line, for <c>Explain</c> and tests.</summary>
internal static class BoundTreePrinter
{
    private const string Indent = "  ";

    public static string Print(BoundQuery query)
    {
        var builder = new StringBuilder();
        builder.Append("Query ").Append(query.Source?.Name ?? "?").AppendLine();
        if (query.Filter is { } filter)
        {
            builder.Append(Indent).AppendLine("Where");
            Write(builder, filter, 2);
        }

        if (query.IsGrouped)
        {
            builder.Append(Indent).AppendLine("GroupBy");
            foreach (var key in query.GroupKeys)
            {
                builder.Append(Indent).Append(Indent).Append("Key ").AppendLine(Quote(key.Name));
                Write(builder, key.Expression, 3);
            }
        }

        if (!query.Orderings.IsEmpty)
        {
            builder.Append(Indent).AppendLine("OrderBy");
            foreach (var ordering in query.Orderings)
            {
                builder.Append(Indent).Append(Indent).AppendLine(ordering.IsDescending ? "Descending" : "Ascending");
                Write(builder, ordering.Expression, 3);
            }
        }

        if (query.Limit is { } limit)
        {
            builder.Append(Indent).Append("Limit ").Append(limit.ToString(CultureInfo.InvariantCulture)).AppendLine();
        }

        if (!query.Columns.IsEmpty)
        {
            builder.Append(Indent).AppendLine("Select");
            foreach (var column in query.Columns)
            {
                builder.Append(Indent).Append(Indent).Append("Column ").AppendLine(Quote(column.Name));
                Write(builder, column.Expression, 3);
            }
        }

        if (query.IsCount)
        {
            builder.Append(Indent).AppendLine("Count");
        }

        return builder.ToString().TrimEnd();
    }

    public static string Print(BoundExpression expression)
    {
        var builder = new StringBuilder();
        Write(builder, expression, 0);
        return builder.ToString().TrimEnd();
    }

    /// <summary>A constant as a query would write it: strings quoted, dates in ISO form.</summary>
    public static string FormatValue(object? value) => value switch
    {
        null => "absent",
        string text => Quote(text),
        bool flag => flag ? "true" : "false",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static void Write(StringBuilder builder, BoundExpression expression, int depth)
    {
        for (var i = 0; i < depth; i++)
        {
            builder.Append(Indent);
        }

        switch (expression)
        {
            case BoundFieldAccess field:
                builder.Append("Field ").Append(field.PathText).Append(" : ").Append(TypeText(field)).AppendLine();
                break;
            case BoundLiteral literal:
                builder.Append("Literal ").Append(FormatValue(literal.Value)).Append(" : ").Append(TypeText(literal)).AppendLine();
                break;
            case BoundParameter parameter:
                builder.Append("Parameter $").Append(parameter.Name).Append(" = ").Append(FormatValue(parameter.Value))
                    .Append(" : ").Append(TypeText(parameter)).AppendLine();
                break;
            case BoundComparison comparison:
                builder.Append("Comparison ").AppendLine(OperatorText(comparison.Operator));
                Write(builder, comparison.Left, depth + 1);
                Write(builder, comparison.Right, depth + 1);
                break;
            case BoundStringTest test:
                builder.Append("StringTest ").AppendLine(OperatorText(test.Operator));
                Write(builder, test.Left, depth + 1);
                Write(builder, test.Right, depth + 1);
                break;
            case BoundRegexMatch match:
                builder.Append("Matches ").Append(match.Regex).Append(match.Regex.IsBacktracking ? " (backtracking)" : string.Empty).AppendLine();
                Write(builder, match.Left, depth + 1);
                break;
            case BoundLogicalExpression logical:
                builder.AppendLine(logical.Operator.ToString());
                foreach (var operand in logical.Operands)
                {
                    Write(builder, operand, depth + 1);
                }

                break;
            case BoundNotExpression not:
                builder.AppendLine("Not");
                Write(builder, not.Operand, depth + 1);
                break;
            case BoundInExpression @in:
                builder.AppendLine(@in.IsNegated ? "NotIn" : "In");
                Write(builder, @in.Left, depth + 1);
                foreach (var value in @in.Values)
                {
                    Write(builder, value, depth + 1);
                }

                break;
            case BoundBetweenExpression between:
                builder.AppendLine(between.IsNegated ? "NotBetween" : "Between");
                Write(builder, between.Left, depth + 1);
                Write(builder, between.Lower, depth + 1);
                Write(builder, between.Upper, depth + 1);
                break;
            case BoundGroupKeyReference key:
                builder.Append("GroupKey ").Append(key.Index.ToString(CultureInfo.InvariantCulture)).AppendLine();
                break;
            case BoundCountReference:
                builder.AppendLine("Count");
                break;
            default:
                builder.AppendLine("Error");
                break;
        }
    }

    private static string TypeText(BoundExpression expression) =>
        expression.Type.GetDisplayName() + (expression.IsMany ? "*" : string.Empty);

    private static string OperatorText(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Equal => "=",
        ComparisonOperator.NotEqual => "!=",
        ComparisonOperator.Less => "<",
        ComparisonOperator.LessOrEqual => "<=",
        ComparisonOperator.Greater => ">",
        _ => ">=",
    };

    private static string OperatorText(StringTestOperator op) => op switch
    {
        StringTestOperator.Has => "has",
        StringTestOperator.Contains => "contains",
        StringTestOperator.StartsWith => "startswith",
        _ => "endswith",
    };

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
