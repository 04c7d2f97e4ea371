namespace Dicta.Query.Syntax;

/// <summary><c>$name</c>: a value supplied by the host program or the command line.</summary>
public sealed class ParameterExpressionSyntax : ExpressionSyntax
{
    internal ParameterExpressionSyntax(SyntaxToken parameterToken)
        : base(SyntaxKind.ParameterExpression, Children(parameterToken))
    {
        ParameterToken = parameterToken;
    }

    /// <summary>The parameter token; its <see cref="SyntaxToken.Value"/> is the name without <c>$</c>.</summary>
    public SyntaxToken ParameterToken { get; }

    /// <summary>The name of the parameter, without <c>$</c>.</summary>
    public string Name => (string)ParameterToken.Value!;
}
