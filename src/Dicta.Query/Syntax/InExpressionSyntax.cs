namespace Dicta.Query.Syntax;

/// <summary><c>left [not] in (value, …)</c>.</summary>
public sealed class InExpressionSyntax : ExpressionSyntax
{
    internal InExpressionSyntax(
        ExpressionSyntax left,
        SyntaxToken? notKeyword,
        SyntaxToken inKeyword,
        SyntaxToken openParenToken,
        SeparatedSyntaxList<ExpressionSyntax> values,
        SyntaxToken closeParenToken)
        : base(SyntaxKind.InExpression, Children(left, notKeyword, inKeyword, openParenToken, values, closeParenToken))
    {
        Left = left;
        NotKeyword = notKeyword;
        InKeyword = inKeyword;
        OpenParenToken = openParenToken;
        Values = values;
        CloseParenToken = closeParenToken;
    }

    /// <summary>The value looked for.</summary>
    public ExpressionSyntax Left { get; }

    /// <summary>The <c>not</c> of <c>not in</c>, when written.</summary>
    public SyntaxToken? NotKeyword { get; }

    /// <summary>The <c>in</c> keyword.</summary>
    public SyntaxToken InKeyword { get; }

    /// <summary><c>(</c>, possibly missing.</summary>
    public SyntaxToken OpenParenToken { get; }

    /// <summary>The values of the list.</summary>
    public SeparatedSyntaxList<ExpressionSyntax> Values { get; }

    /// <summary><c>)</c>, possibly missing.</summary>
    public SyntaxToken CloseParenToken { get; }
}
