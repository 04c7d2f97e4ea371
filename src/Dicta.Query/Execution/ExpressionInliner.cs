using System.Linq.Expressions;

namespace Dicta.Query.Execution;

/// <summary>Puts a lambda's body in place of a call to it, its parameters replaced by the argument expressions.</summary>
internal static class ExpressionInliner
{
    /// <summary>The body of <paramref name="lambda"/> with each parameter replaced by the matching argument.</summary>
    public static Expression Inline(LambdaExpression lambda, params Expression[] arguments)
    {
        var map = new Dictionary<ParameterExpression, Expression>();
        for (var i = 0; i < lambda.Parameters.Count; i++)
        {
            map[lambda.Parameters[i]] = arguments[i];
        }

        return new Replacer(map).Visit(lambda.Body);
    }

    private sealed class Replacer(Dictionary<ParameterExpression, Expression> map) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) =>
            map.TryGetValue(node, out var replacement) ? replacement : node;
    }
}
