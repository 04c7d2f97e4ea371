using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Dicta.Query.Syntax;

/// <summary>
/// What the language fixes about tokens: keyword and punctuation text, which kinds are keywords, operators and
/// clause starts, and operator precedence. The parser, the REPL's highlighter and completion all read it from here.
/// </summary>
public static class SyntaxFacts
{
    private static readonly FrozenDictionary<SyntaxKind, string> Texts = new Dictionary<SyntaxKind, string>
    {
        [SyntaxKind.OpenParenToken] = "(",
        [SyntaxKind.CloseParenToken] = ")",
        [SyntaxKind.CommaToken] = ",",
        [SyntaxKind.DotToken] = ".",
        [SyntaxKind.EqualsToken] = "=",
        [SyntaxKind.BangEqualsToken] = "!=",
        [SyntaxKind.LessToken] = "<",
        [SyntaxKind.LessEqualsToken] = "<=",
        [SyntaxKind.GreaterToken] = ">",
        [SyntaxKind.GreaterEqualsToken] = ">=",
        [SyntaxKind.WhereKeyword] = "where",
        [SyntaxKind.AndKeyword] = "and",
        [SyntaxKind.OrKeyword] = "or",
        [SyntaxKind.NotKeyword] = "not",
        [SyntaxKind.InKeyword] = "in",
        [SyntaxKind.BetweenKeyword] = "between",
        [SyntaxKind.HasKeyword] = "has",
        [SyntaxKind.ContainsKeyword] = "contains",
        [SyntaxKind.StartsWithKeyword] = "startswith",
        [SyntaxKind.EndsWithKeyword] = "endswith",
        [SyntaxKind.MatchesKeyword] = "matches",
        [SyntaxKind.OrderKeyword] = "order",
        [SyntaxKind.ByKeyword] = "by",
        [SyntaxKind.AscKeyword] = "asc",
        [SyntaxKind.DescKeyword] = "desc",
        [SyntaxKind.LimitKeyword] = "limit",
        [SyntaxKind.SelectKeyword] = "select",
        [SyntaxKind.AsKeyword] = "as",
        [SyntaxKind.GroupKeyword] = "group",
        [SyntaxKind.CountKeyword] = "count",
        [SyntaxKind.TrueKeyword] = "true",
        [SyntaxKind.FalseKeyword] = "false",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, SyntaxKind> KeywordsByText =
        Texts.Where(p => IsKeyword(p.Key)).ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, SyntaxKind>.AlternateLookup<ReadOnlySpan<char>> KeywordsBySpan =
        KeywordsByText.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The lowest precedence an operator has; higher binds tighter.</summary>
    public const int LowestPrecedence = 1;

    /// <summary>Every keyword kind, in the order of <see cref="SyntaxKind"/>.</summary>
    public static ImmutableArray<SyntaxKind> KeywordKinds { get; } =
        [.. Enum.GetValues<SyntaxKind>().Where(IsKeyword)];

    /// <summary>Every kind with fixed text (keywords and punctuation), in the order of <see cref="SyntaxKind"/>.</summary>
    public static ImmutableArray<SyntaxKind> FixedTextKinds { get; } =
        [.. Enum.GetValues<SyntaxKind>().Where(k => Texts.ContainsKey(k))];

    /// <summary>The text of a keyword or punctuation kind (keywords in lower case); null for other kinds.</summary>
    public static string? GetText(SyntaxKind kind) => Texts.GetValueOrDefault(kind);

    /// <summary>The keyword kind spelt by <paramref name="text"/> in any case, or null when it is not a keyword.</summary>
    public static SyntaxKind? GetKeywordKind(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return GetKeywordKind(text.AsSpan());
    }

    /// <summary>The keyword kind spelt by <paramref name="text"/> in any case, or null when it is not a keyword.</summary>
    public static SyntaxKind? GetKeywordKind(ReadOnlySpan<char> text) =>
        KeywordsBySpan.TryGetValue(text, out var kind) ? kind : null;

    /// <summary>True for the reserved words of the language.</summary>
    public static bool IsKeyword(SyntaxKind kind) => kind is >= SyntaxKind.WhereKeyword and <= SyntaxKind.FalseKeyword;

    /// <summary>True when <paramref name="text"/> is a keyword in any case (and so cannot name a field).</summary>
    public static bool IsKeyword(string text) => GetKeywordKind(text) is not null;

    /// <summary>True for punctuation: parentheses, comma, dot and the comparison operators.</summary>
    public static bool IsPunctuation(SyntaxKind kind) => kind is >= SyntaxKind.OpenParenToken and <= SyntaxKind.GreaterEqualsToken;

    /// <summary>True for trivia kinds.</summary>
    public static bool IsTrivia(SyntaxKind kind) => kind is >= SyntaxKind.WhitespaceTrivia and <= SyntaxKind.SkippedTokensTrivia;

    /// <summary>True for token kinds (keywords, names, literals, punctuation, bad and end-of-file tokens).</summary>
    public static bool IsToken(SyntaxKind kind) => kind is >= SyntaxKind.BadToken and <= SyntaxKind.FalseKeyword;

    /// <summary>True for node kinds.</summary>
    public static bool IsNode(SyntaxKind kind) => kind is >= SyntaxKind.Query and <= SyntaxKind.ParameterExpression;

    /// <summary>True for the tokens that are literals by themselves: strings, numbers, dates, regular expressions, true and false.</summary>
    public static bool IsLiteral(SyntaxKind kind) => kind is SyntaxKind.StringLiteralToken or SyntaxKind.NumberLiteralToken
        or SyntaxKind.DateLiteralToken or SyntaxKind.RegexLiteralToken or SyntaxKind.TrueKeyword or SyntaxKind.FalseKeyword;

    /// <summary>True for <c>=</c>, <c>!=</c>, <c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&gt;=</c>.</summary>
    public static bool IsComparisonOperator(SyntaxKind kind) => kind is >= SyntaxKind.EqualsToken and <= SyntaxKind.GreaterEqualsToken;

    /// <summary>True for <c>has</c>, <c>contains</c>, <c>startswith</c>, <c>endswith</c>.</summary>
    public static bool IsStringTestOperator(SyntaxKind kind) => kind is >= SyntaxKind.HasKeyword and <= SyntaxKind.EndsWithKeyword;

    /// <summary>
    /// True for the operators of a predicate (the tightest level): comparisons, <c>in</c>, <c>between</c>, the string
    /// tests and <c>matches</c>. They do not chain: <c>a = b = c</c> is an error.
    /// </summary>
    public static bool IsPredicateOperator(SyntaxKind kind) =>
        IsComparisonOperator(kind) || IsStringTestOperator(kind)
        || kind is SyntaxKind.InKeyword or SyntaxKind.BetweenKeyword or SyntaxKind.MatchesKeyword;

    /// <summary>True for the keywords that start a clause after the where clause: group, order, limit, select, count.</summary>
    public static bool IsClauseKeyword(SyntaxKind kind) => kind is SyntaxKind.GroupKeyword or SyntaxKind.OrderKeyword
        or SyntaxKind.LimitKeyword or SyntaxKind.SelectKeyword or SyntaxKind.CountKeyword;

    /// <summary>How a clause is named in messages (<c>order by</c>, <c>count</c>, …); null for kinds that are not clauses.</summary>
    public static string? GetClauseName(SyntaxKind kind) => kind switch
    {
        SyntaxKind.WhereClause => "where",
        SyntaxKind.GroupByClause => "group by",
        SyntaxKind.OrderByClause => "order by",
        SyntaxKind.LimitClause => "limit",
        SyntaxKind.SelectClause => "select",
        SyntaxKind.CountClause => "count",
        _ => null,
    };

    /// <summary>
    /// The precedence of a binary operator (higher binds tighter): <c>or</c> 1, <c>and</c> 2, the predicate operators 4;
    /// 0 for other kinds. <c>not</c> sits between them at 3 (<see cref="GetUnaryOperatorPrecedence"/>).
    /// </summary>
    public static int GetBinaryOperatorPrecedence(SyntaxKind kind) => kind switch
    {
        SyntaxKind.OrKeyword => 1,
        SyntaxKind.AndKeyword => 2,
        _ when IsPredicateOperator(kind) => 4,
        _ => 0,
    };

    /// <summary>The precedence of a prefix operator: 3 for <c>not</c>, 0 for other kinds.</summary>
    public static int GetUnaryOperatorPrecedence(SyntaxKind kind) => kind == SyntaxKind.NotKeyword ? 3 : 0;
}
