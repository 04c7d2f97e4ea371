using System.Text;
using Dicta.Query.Syntax;

namespace Dicta.Query.Tests.Syntax;

/// <summary>
/// A compact S-expression of an expression tree, so tests can state the expected shape in one string:
/// <c>(and (= speaker "Putin") (not {(has text x)}))</c>. Parentheses of the query show as <c>{…}</c>,
/// a missing operand as <c>?</c>.
/// </summary>
public static class SyntaxShape
{
    public static string Of(ExpressionSyntax expression)
    {
        var builder = new StringBuilder();
        Append(builder, expression);
        return builder.ToString();
    }

    public static string OfWhere(SyntaxTree tree) =>
        tree.Root.Where is { } where ? Of(where.Condition) : "<no where>";

    private static void Append(StringBuilder builder, ExpressionSyntax expression)
    {
        switch (expression)
        {
            case BinaryExpressionSyntax binary:
                builder.Append('(').Append(Op(binary.OperatorToken)).Append(' ');
                Append(builder, binary.Left);
                builder.Append(' ');
                Append(builder, binary.Right);
                builder.Append(')');
                break;
            case UnaryExpressionSyntax unary:
                builder.Append("(not ");
                Append(builder, unary.Operand);
                builder.Append(')');
                break;
            case ParenthesizedExpressionSyntax paren:
                builder.Append('{');
                Append(builder, paren.Expression);
                builder.Append('}');
                break;
            case InExpressionSyntax list:
                builder.Append(list.NotKeyword is null ? "(in " : "(not-in ");
                Append(builder, list.Left);
                foreach (var value in list.Values)
                {
                    builder.Append(' ');
                    Append(builder, value);
                }

                builder.Append(')');
                break;
            case BetweenExpressionSyntax between:
                builder.Append(between.NotKeyword is null ? "(between " : "(not-between ");
                Append(builder, between.Left);
                builder.Append(' ');
                Append(builder, between.Lower);
                builder.Append(' ');
                Append(builder, between.Upper);
                builder.Append(')');
                break;
            case NameExpressionSyntax name:
                builder.Append(name.IdentifierToken.IsMissing ? "?" : name.IdentifierToken.Text);
                break;
            case MemberAccessExpressionSyntax member:
                Append(builder, member.Expression);
                builder.Append('.').Append(member.Name.IsMissing ? "?" : member.Name.Text);
                break;
            case LiteralExpressionSyntax literal:
                builder.Append(SyntaxFacts.GetText(literal.Token.Kind) ?? literal.Token.Text);
                break;
            case ParameterExpressionSyntax parameter:
                builder.Append(parameter.ParameterToken.Text);
                break;
            default:
                throw new InvalidOperationException($"Unknown expression {expression.Kind}");
        }
    }

    private static string Op(SyntaxToken token) => SyntaxFacts.GetText(token.Kind) ?? token.Text;
}
