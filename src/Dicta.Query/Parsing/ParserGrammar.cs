using System.Collections.Immutable;
using Dicta.Model.Text;
using Dicta.Query.Syntax;
using Pidgin;
using static Pidgin.Parser;

namespace Dicta.Query.Parsing;

/// <summary>
/// The query level of <c>grammar/query.ebnf</c> as Pidgin parsers over <see cref="SyntaxToken"/>s, built once.
/// </summary>
/// <remarks>
/// <para>The parsers never fail on a token list that ends with the end-of-file token. Where the grammar wants a token
/// that is not there, <see cref="Expect"/> inserts a zero-width missing token without consuming anything; an operand
/// that is not there is a name expression with a missing identifier. Tokens nothing can use are skipped only at three
/// places, each just before a token that ends the skipping: before <c>where</c>, before a clause keyword or the end of
/// the query, and before a <c>)</c>. Skipped tokens become <see cref="SyntaxKind.SkippedTokensTrivia"/> in front of
/// the token that follows them, so the tree keeps every character.</para>
/// <para>Binary levels are loops (<c>Many</c>) folded to the left, and <c>not</c> prefixes a loop folded to the right,
/// so only parentheses recurse; <see cref="NestingGuard"/> bounds how deep they go before the parser runs.
/// Diagnostics are not made here (Pidgin parsers carry no state): <see cref="SyntaxChecker"/> derives them from the
/// missing and skipped tokens of the finished tree.</para>
/// </remarks>
internal static class ParserGrammar
{
    private static Parser<SyntaxToken, SyntaxToken> Tok(SyntaxKind kind) => Parser<SyntaxToken>.Token(t => t.Kind == kind);

    private static Parser<SyntaxToken, SyntaxToken> Tok(Func<SyntaxKind, bool> predicate) =>
        Parser<SyntaxToken>.Token(t => predicate(t.Kind));

    /// <summary>The next token, not consumed (there always is one: the end-of-file token is never consumed but at the end).</summary>
    private static readonly Parser<SyntaxToken, SyntaxToken> Next = Lookahead(Parser<SyntaxToken>.Any);

    private static SyntaxToken Missing(SyntaxKind kind, SyntaxToken next) =>
        new(next.SourceText, kind, new TextSpan(next.FullSpan.Start, 0), [], [], null, isMissing: true);

    /// <summary>The token of <paramref name="kind"/>, or a missing one.</summary>
    private static Parser<SyntaxToken, SyntaxToken> Expect(SyntaxKind kind) =>
        Tok(kind).Or(Next.Select(next => Missing(kind, next)));

    /// <summary>Tokens that satisfy <paramref name="skippable"/> (never the end of file), as many as there are.</summary>
    private static Parser<SyntaxToken, IEnumerable<SyntaxToken>> SkipRun(Func<SyntaxKind, bool> skippable) =>
        Parser<SyntaxToken>.Token(t => t.Kind != SyntaxKind.EndOfFileToken && skippable(t.Kind)).Many();

    private static SyntaxToken Attach(IEnumerable<SyntaxToken> skipped, SyntaxToken token) =>
        token.WithPrependedLeadingTrivia(SkippedTrivia.From(skipped));

    /// <summary>
    /// A token of <paramref name="kind"/>, skipping the tokens before it unless one of them is a stop token; when
    /// there is no such token, nothing is skipped and the result is a missing token.
    /// </summary>
    private static Parser<SyntaxToken, SyntaxToken> SkipTo(SyntaxKind kind, Func<SyntaxKind, bool> stop, bool orMissing) =>
        orMissing
            ? Try(SkipRun(k => k != kind && !stop(k)).Then(Tok(kind), Attach)).Or(Next.Select(next => Missing(kind, next)))
            : Try(SkipRun(k => k != kind && !stop(k)).Then(Tok(kind), Attach));

    /// <summary>The tokens where skipping inside an expression stops: the starts of clauses (and the end of file).</summary>
    private static bool IsClauseStart(SyntaxKind kind) => kind == SyntaxKind.WhereKeyword || SyntaxFacts.IsClauseKeyword(kind);

    private static readonly Parser<SyntaxToken, SyntaxToken> CloseParen = SkipTo(SyntaxKind.CloseParenToken, IsClauseStart, orMissing: true);

    private static readonly Parser<SyntaxToken, ExpressionSyntax> ExpressionRec = Rec(() => Expression!);

    private static Parser<SyntaxToken, SeparatedSyntaxList<T>> SeparatedList<T>(Parser<SyntaxToken, T> item)
        where T : SyntaxNode =>
        item.Then(
            Tok(SyntaxKind.CommaToken).Then(item, (comma, next) => (Comma: comma, Item: next)).Many(),
            (first, rest) =>
            {
                var builder = ImmutableArray.CreateBuilder<SyntaxNodeOrToken>();
                builder.Add(new SyntaxNodeOrToken(first));
                foreach (var (comma, next) in rest)
                {
                    builder.Add(new SyntaxNodeOrToken(comma));
                    builder.Add(new SyntaxNodeOrToken(next));
                }

                return new SeparatedSyntaxList<T>(builder.DrainToImmutable());
            });

    private static readonly Parser<SyntaxToken, ExpressionSyntax> Parenthesized =
        Map<SyntaxToken, SyntaxToken, ExpressionSyntax, SyntaxToken, ExpressionSyntax>(
            (open, inner, close) => new ParenthesizedExpressionSyntax(open, inner, close),
            Tok(SyntaxKind.OpenParenToken),
            ExpressionRec,
            CloseParen);

    private static readonly Parser<SyntaxToken, ExpressionSyntax> Literal =
        Tok(SyntaxFacts.IsLiteral).Select(ExpressionSyntax (t) => new LiteralExpressionSyntax(t));

    private static readonly Parser<SyntaxToken, ExpressionSyntax> ParameterExpression =
        Tok(SyntaxKind.ParameterToken).Select(ExpressionSyntax (t) => new ParameterExpressionSyntax(t));

    /// <summary><c>field = identifier {"." identifier}</c>, a left-nested chain of member accesses.</summary>
    private static readonly Parser<SyntaxToken, ExpressionSyntax> Field =
        Tok(SyntaxKind.IdentifierToken).Then(
            Tok(SyntaxKind.DotToken).Then(Expect(SyntaxKind.IdentifierToken), (dot, name) => (Dot: dot, Name: name)).Many(),
            (identifier, steps) =>
            {
                ExpressionSyntax path = new NameExpressionSyntax(identifier);
                foreach (var (dot, name) in steps)
                {
                    path = new MemberAccessExpressionSyntax(path, dot, name);
                }

                return path;
            });

    private static readonly Parser<SyntaxToken, ExpressionSyntax> MissingOperand =
        Next.Select(ExpressionSyntax (next) => new NameExpressionSyntax(Missing(SyntaxKind.IdentifierToken, next)));

    /// <summary><c>operand = field | literal | parameter | "(" expression ")"</c>; never fails.</summary>
    private static readonly Parser<SyntaxToken, ExpressionSyntax> Operand =
        OneOf(Parenthesized, Literal, ParameterExpression, Field, MissingOperand);

    /// <summary>A comparison, string test or <c>matches</c> and its right operand.</summary>
    private static readonly Parser<SyntaxToken, Func<ExpressionSyntax, ExpressionSyntax>> BinarySuffix =
        Tok(k => SyntaxFacts.IsComparisonOperator(k) || SyntaxFacts.IsStringTestOperator(k) || k == SyntaxKind.MatchesKeyword)
            .Then(Operand, (op, right) => (Func<ExpressionSyntax, ExpressionSyntax>)(left => new BinaryExpressionSyntax(left, op, right)));

    private static readonly Parser<SyntaxToken, Func<SyntaxToken?, Func<ExpressionSyntax, ExpressionSyntax>>> InTail =
        Map<SyntaxToken, SyntaxToken, SyntaxToken, SeparatedSyntaxList<ExpressionSyntax>, SyntaxToken, Func<SyntaxToken?, Func<ExpressionSyntax, ExpressionSyntax>>>(
            (inKeyword, open, values, close) => not => left => new InExpressionSyntax(left, not, inKeyword, open, values, close),
            Tok(SyntaxKind.InKeyword),
            Expect(SyntaxKind.OpenParenToken),
            SeparatedList(Operand),
            CloseParen);

    private static readonly Parser<SyntaxToken, Func<SyntaxToken?, Func<ExpressionSyntax, ExpressionSyntax>>> BetweenTail =
        Map<SyntaxToken, SyntaxToken, ExpressionSyntax, SyntaxToken, ExpressionSyntax, Func<SyntaxToken?, Func<ExpressionSyntax, ExpressionSyntax>>>(
            (between, lower, and, upper) => not => left => new BetweenExpressionSyntax(left, not, between, lower, and, upper),
            Tok(SyntaxKind.BetweenKeyword),
            Operand,
            Expect(SyntaxKind.AndKeyword),
            Operand);

    private static readonly Parser<SyntaxToken, Func<SyntaxToken?, Func<ExpressionSyntax, ExpressionSyntax>>> NegatableTail = InTail.Or(BetweenTail);

    /// <summary>What may follow an operand in a predicate: a comparison, <c>[not] in</c>, <c>[not] between</c>, a string test, <c>matches</c>.</summary>
    private static readonly Parser<SyntaxToken, Func<ExpressionSyntax, ExpressionSyntax>> PredicateSuffix = OneOf(
        BinarySuffix,
        NegatableTail.Select(tail => tail(null)),
        Try(Tok(SyntaxKind.NotKeyword).Then(NegatableTail, (not, tail) => tail(not))));

    /// <summary>
    /// <c>predicate = operand [suffix]</c>. A second suffix (<c>a = b = c</c>) is read too, nested to the left, so the
    /// checker can say that comparisons do not chain instead of skipping the rest.
    /// </summary>
    private static readonly Parser<SyntaxToken, ExpressionSyntax> Predicate =
        Operand.Then(PredicateSuffix.Many(), (operand, suffixes) => suffixes.Aggregate(operand, (left, suffix) => suffix(left)));

    /// <summary><c>not_expression = "not" not_expression | predicate</c>, as a loop.</summary>
    private static readonly Parser<SyntaxToken, ExpressionSyntax> NotExpression =
        Tok(SyntaxKind.NotKeyword).Many().Then(Predicate, (nots, predicate) =>
            nots.Reverse().Aggregate(predicate, ExpressionSyntax (operand, not) => new UnaryExpressionSyntax(not, operand)));

    private static Parser<SyntaxToken, ExpressionSyntax> LeftAssociative(SyntaxKind op, Parser<SyntaxToken, ExpressionSyntax> operand) =>
        operand.Then(
            Tok(op).Then(operand, (token, right) => (Op: token, Right: right)).Many(),
            (first, rest) => rest.Aggregate(first, ExpressionSyntax (left, step) => new BinaryExpressionSyntax(left, step.Op, step.Right)));

    private static readonly Parser<SyntaxToken, ExpressionSyntax> AndExpression = LeftAssociative(SyntaxKind.AndKeyword, NotExpression);

    /// <summary><c>expression = or_expression</c>.</summary>
    private static readonly Parser<SyntaxToken, ExpressionSyntax> Expression = LeftAssociative(SyntaxKind.OrKeyword, AndExpression);

    /// <summary>A clause keyword, skipping what stands before it back to the previous clause.</summary>
    private static Parser<SyntaxToken, SyntaxToken> ClauseKeyword(SyntaxKind kind) =>
        SkipTo(kind, SyntaxFacts.IsClauseKeyword, orMissing: false);

    private static readonly Parser<SyntaxToken, WhereClauseSyntax> Where =
        SkipTo(SyntaxKind.WhereKeyword, SyntaxFacts.IsClauseKeyword, orMissing: false)
            .Then(Expression, (keyword, condition) => new WhereClauseSyntax(keyword, condition));

    private static readonly Parser<SyntaxToken, ClauseSyntax> GroupBy =
        Map<SyntaxToken, SyntaxToken, SyntaxToken, SeparatedSyntaxList<ExpressionSyntax>, ClauseSyntax>(
            (group, by, keys) => new GroupByClauseSyntax(group, by, keys),
            ClauseKeyword(SyntaxKind.GroupKeyword),
            Expect(SyntaxKind.ByKeyword),
            SeparatedList(Expression));

    /// <summary>
    /// An ordering key: an expression, or the keyword <c>count</c>, which names the count of a group
    /// (<c>group by topic order by count asc</c>); it reads as a name, and the binder resolves it.
    /// </summary>
    private static readonly Parser<SyntaxToken, OrderingSyntax> Ordering =
        Tok(SyntaxKind.CountKeyword).Select(ExpressionSyntax (count) => new NameExpressionSyntax(count)).Or(Expression).Then(
            Tok(k => k is SyntaxKind.AscKeyword or SyntaxKind.DescKeyword).Optional(),
            (expression, direction) => new OrderingSyntax(expression, direction.HasValue ? direction.Value : null));

    private static readonly Parser<SyntaxToken, ClauseSyntax> OrderBy =
        Map<SyntaxToken, SyntaxToken, SyntaxToken, SeparatedSyntaxList<OrderingSyntax>, ClauseSyntax>(
            (order, by, orderings) => new OrderByClauseSyntax(order, by, orderings),
            ClauseKeyword(SyntaxKind.OrderKeyword),
            Expect(SyntaxKind.ByKeyword),
            SeparatedList(Ordering));

    private static readonly Parser<SyntaxToken, ClauseSyntax> Limit =
        ClauseKeyword(SyntaxKind.LimitKeyword).Then(Expect(SyntaxKind.NumberLiteralToken), ClauseSyntax (limit, count) => new LimitClauseSyntax(limit, count));

    private static readonly Parser<SyntaxToken, SelectItemSyntax> SelectItem =
        Expression.Then(
            Tok(SyntaxKind.AsKeyword).Then(Expect(SyntaxKind.IdentifierToken), (asKeyword, alias) => (As: asKeyword, Alias: alias)).Optional(),
            (expression, alias) => alias.HasValue
                ? new SelectItemSyntax(expression, alias.Value.As, alias.Value.Alias)
                : new SelectItemSyntax(expression, null, null));

    private static readonly Parser<SyntaxToken, ClauseSyntax> Select =
        ClauseKeyword(SyntaxKind.SelectKeyword).Then(SeparatedList(SelectItem), ClauseSyntax (select, items) => new SelectClauseSyntax(select, items));

    private static readonly Parser<SyntaxToken, ClauseSyntax> Count =
        ClauseKeyword(SyntaxKind.CountKeyword).Select(ClauseSyntax (count) => new CountClauseSyntax(count));

    private static readonly Parser<SyntaxToken, ClauseSyntax> Clause = OneOf(GroupBy, OrderBy, Limit, Select, Count);

    /// <summary>The end of file, after skipping whatever no clause could use.</summary>
    private static readonly Parser<SyntaxToken, SyntaxToken> EndOfFile =
        SkipRun(_ => true).Then(Tok(SyntaxKind.EndOfFileToken), Attach);

    /// <summary><c>query = source [where_clause] {clause} end_of_file</c>; never fails on a list that ends with the end-of-file token.</summary>
    public static readonly Parser<SyntaxToken, QuerySyntax> Query =
        Map<SyntaxToken, SyntaxToken, Maybe<WhereClauseSyntax>, IEnumerable<ClauseSyntax>, SyntaxToken, QuerySyntax>(
            (source, where, clauses, endOfFile) =>
                new QuerySyntax(source, where.HasValue ? where.Value : null, [.. clauses], endOfFile),
            Expect(SyntaxKind.IdentifierToken),
            Where.Optional(),
            Clause.Many(),
            EndOfFile);
}
