namespace Dicta.Query.Syntax;

/// <summary>The kind of every token, trivia and node of a query's syntax tree.</summary>
public enum SyntaxKind
{
    /// <summary>Not a kind: the default value, never found in a tree.</summary>
    None = 0,

    // Tokens with variable text.

    /// <summary>Characters that start no token; the lexer turns them into skipped trivia.</summary>
    BadToken,

    /// <summary>The zero-width token that ends every query; its leading trivia is whatever follows the last token.</summary>
    EndOfFileToken,

    /// <summary>A name: a source or a field (<c>statements</c>, <c>speaker</c>).</summary>
    IdentifierToken,

    /// <summary>A parameter: <c>$name</c>.</summary>
    ParameterToken,

    /// <summary>A string in double or single quotes.</summary>
    StringLiteralToken,

    /// <summary>A number: <c>12</c>, <c>0.5</c>.</summary>
    NumberLiteralToken,

    /// <summary>An ISO calendar date: <c>2022-09-15</c>.</summary>
    DateLiteralToken,

    /// <summary>A regular expression after <c>matches</c>: <c>/pattern/flags</c>.</summary>
    RegexLiteralToken,

    // Punctuation.

    /// <summary><c>(</c></summary>
    OpenParenToken,

    /// <summary><c>)</c></summary>
    CloseParenToken,

    /// <summary><c>,</c></summary>
    CommaToken,

    /// <summary><c>.</c></summary>
    DotToken,

    /// <summary><c>=</c></summary>
    EqualsToken,

    /// <summary><c>!=</c></summary>
    BangEqualsToken,

    /// <summary><c>&lt;</c></summary>
    LessToken,

    /// <summary><c>&lt;=</c></summary>
    LessEqualsToken,

    /// <summary><c>&gt;</c></summary>
    GreaterToken,

    /// <summary><c>&gt;=</c></summary>
    GreaterEqualsToken,

    // Keywords (reserved, case-insensitive).

    /// <summary><c>where</c></summary>
    WhereKeyword,

    /// <summary><c>and</c></summary>
    AndKeyword,

    /// <summary><c>or</c></summary>
    OrKeyword,

    /// <summary><c>not</c></summary>
    NotKeyword,

    /// <summary><c>in</c></summary>
    InKeyword,

    /// <summary><c>between</c></summary>
    BetweenKeyword,

    /// <summary><c>has</c></summary>
    HasKeyword,

    /// <summary><c>contains</c></summary>
    ContainsKeyword,

    /// <summary><c>startswith</c></summary>
    StartsWithKeyword,

    /// <summary><c>endswith</c></summary>
    EndsWithKeyword,

    /// <summary><c>matches</c></summary>
    MatchesKeyword,

    /// <summary><c>order</c></summary>
    OrderKeyword,

    /// <summary><c>by</c></summary>
    ByKeyword,

    /// <summary><c>asc</c></summary>
    AscKeyword,

    /// <summary><c>desc</c></summary>
    DescKeyword,

    /// <summary><c>limit</c></summary>
    LimitKeyword,

    /// <summary><c>select</c></summary>
    SelectKeyword,

    /// <summary><c>as</c></summary>
    AsKeyword,

    /// <summary><c>group</c></summary>
    GroupKeyword,

    /// <summary><c>count</c></summary>
    CountKeyword,

    /// <summary><c>true</c></summary>
    TrueKeyword,

    /// <summary><c>false</c></summary>
    FalseKeyword,

    // Trivia.

    /// <summary>Spaces, tabs and other white space on one line.</summary>
    WhitespaceTrivia,

    /// <summary>One line break (CR LF, CR, LF, NEL, LS or PS).</summary>
    EndOfLineTrivia,

    /// <summary>A comment: <c>-- …</c> up to the end of the line.</summary>
    LineCommentTrivia,

    /// <summary>A token the parser (or, for bad characters, the lexer) skipped; <see cref="SyntaxTrivia.SkippedToken"/> holds it.</summary>
    SkippedTokensTrivia,

    // Nodes.

    /// <summary><see cref="QuerySyntax"/>.</summary>
    Query,

    /// <summary><see cref="WhereClauseSyntax"/>.</summary>
    WhereClause,

    /// <summary><see cref="GroupByClauseSyntax"/>.</summary>
    GroupByClause,

    /// <summary><see cref="OrderByClauseSyntax"/>.</summary>
    OrderByClause,

    /// <summary><see cref="OrderingSyntax"/>.</summary>
    Ordering,

    /// <summary><see cref="LimitClauseSyntax"/>.</summary>
    LimitClause,

    /// <summary><see cref="SelectClauseSyntax"/>.</summary>
    SelectClause,

    /// <summary><see cref="SelectItemSyntax"/>.</summary>
    SelectItem,

    /// <summary><see cref="CountClauseSyntax"/>.</summary>
    CountClause,

    /// <summary><see cref="BinaryExpressionSyntax"/>.</summary>
    BinaryExpression,

    /// <summary><see cref="UnaryExpressionSyntax"/>.</summary>
    UnaryExpression,

    /// <summary><see cref="ParenthesizedExpressionSyntax"/>.</summary>
    ParenthesizedExpression,

    /// <summary><see cref="InExpressionSyntax"/>.</summary>
    InExpression,

    /// <summary><see cref="BetweenExpressionSyntax"/>.</summary>
    BetweenExpression,

    /// <summary><see cref="NameExpressionSyntax"/>.</summary>
    NameExpression,

    /// <summary><see cref="MemberAccessExpressionSyntax"/>.</summary>
    MemberAccessExpression,

    /// <summary><see cref="LiteralExpressionSyntax"/>.</summary>
    LiteralExpression,

    /// <summary><see cref="ParameterExpressionSyntax"/>.</summary>
    ParameterExpression,
}
