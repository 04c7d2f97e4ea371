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
/// <para>Where the next token decides which way the grammar goes, the parsers look at it (<see cref="Switch{T}"/>)
/// instead of trying each way in turn: in Pidgin every alternative that fails (in <c>Or</c>, <c>OneOf</c>,
/// <c>Optional</c>, and at the end of every <c>Many</c>) rents and clears pooled error lists, which cost more than
/// the rest of the parse. The results are the same, since each alternative tried first would fail without
/// consuming anything.</para>
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

    /// <summary>The parser that <paramref name="choose"/> picks for the next token (not consumed).</summary>
    private static Parser<SyntaxToken, T> Switch<T>(Func<SyntaxKind, Parser<SyntaxToken, T>> choose) =>
        Next.Then(next => choose(next.Kind));

    /// <summary><paramref name="then"/> when the next token satisfies <paramref name="test"/>, else <paramref name="otherwise"/>.</summary>
    private static Parser<SyntaxToken, T> IfNext<T>(Func<SyntaxKind, bool> test, Parser<SyntaxToken, T> then, Parser<SyntaxToken, T> otherwise) =>
        Switch(k => test(k) ? then : otherwise);

    /// <summary><c>{ item }</c> where every item starts with a token of <paramref name="kind"/>.</summary>
    private static Parser<SyntaxToken, IEnumerable<T>> ManyAfter<T>(SyntaxKind kind, Parser<SyntaxToken, T> item) =>
        IfNext(k => k == kind, item.Many(), Parser<SyntaxToken>.Return(Enumerable.Empty<T>()));

    /// <summary><c>[ item ]</c> where the item starts with a token that satisfies <paramref name="starts"/> and then cannot fail.</summary>
    private static Parser<SyntaxToken, Maybe<T>> OptionalAfter<T>(Func<SyntaxKind, bool> starts, Parser<SyntaxToken, T> item) =>
        IfNext(starts, item.Select(Maybe.Just), Parser<SyntaxToken>.Return(Maybe.Nothing<T>()));

    /// <summary>The token of <paramref name="kind"/>, or a missing one.</summary>
    private static Parser<SyntaxToken, SyntaxToken> Expect(SyntaxKind kind) =>
        Next.Then(next => next.Kind == kind ? Parser<SyntaxToken>.Any : Parser<SyntaxToken>.Return(Missing(kind, next)));

    /// <summary>Tokens that satisfy <paramref name="skippable"/> (never the end of file), as many as there are.</summary>
    private static Parser<SyntaxToken, IEnumerable<SyntaxToken>> SkipRun(Func<SyntaxKind, bool> skippable) =>
        Parser<SyntaxToken>.Token(t => t.Kind != SyntaxKind.EndOfFileToken && skippable(t.Kind)).Many();

    private static SyntaxToken Attach(IEnumerable<SyntaxToken> skipped, SyntaxToken token) =>
        token.WithPrependedLeadingTrivia(SkippedTrivia.From(skipped));

    /// <summary>
    /// A token of <paramref name="kind"/>, skipping the tokens before it unless one of them is a stop token; when
    /// there is no such token, nothing is skipped and the result is a missing token.
    /// </summary>
    /// <remarks>When the token is next, nothing is skipped, and it is taken straight away.</remarks>
    private static Parser<SyntaxToken, SyntaxToken> SkipTo(SyntaxKind kind, Func<SyntaxKind, bool> stop, bool orMissing)
    {
        var skipping = orMissing
            ? Try(SkipRun(k => k != kind && !stop(k)).Then(Tok(kind), Attach)).Or(Next.Select(next => Missing(kind, next)))
            : Try(SkipRun(k => k != kind && !stop(k)).Then(Tok(kind), Attach));
        return Switch(k => k == kind ? Parser<SyntaxToken>.Any : skipping);
    }

    /// <summary>The tokens where skipping inside an expression stops: the starts of clauses (and the end of file).</summary>
    private static bool IsClauseStart(SyntaxKind kind) => kind == SyntaxKind.WhereKeyword || SyntaxFacts.IsClauseKeyword(kind);

    private static readonly Parser<SyntaxToken, SyntaxToken> CloseParen = SkipTo(SyntaxKind.CloseParenToken, IsClauseStart, orMissing: true);

    private static readonly Parser<SyntaxToken, ExpressionSyntax> ExpressionRec = Rec(() => Expression!);

    private static Parser<SyntaxToken, SeparatedSyntaxList<T>> SeparatedList<T>(Parser<SyntaxToken, T> item)
        where T : SyntaxNode =>
        item.Then(
            ManyAfter(SyntaxKind.CommaToken, Tok(SyntaxKind.CommaToken).Then(item, (comma, next) => (Comma: comma, Item: next))),
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
            ManyAfter(SyntaxKind.DotToken, Tok(SyntaxKind.DotToken).Then(Expect(SyntaxKind.IdentifierToken), (dot, name) => (Dot: dot, Name: name))),
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

    /// <summary><c>operand = field | literal | parameter | "(" expression ")"</c>; never fails. The first token tells which.</summary>
    private static readonly Parser<SyntaxToken, ExpressionSyntax> Operand = Switch(kind => kind switch
    {
        SyntaxKind.OpenParenToken => Parenthesized,
        SyntaxKind.ParameterToken => ParameterExpression,
        SyntaxKind.IdentifierToken => Field,
        _ when SyntaxFacts.IsLiteral(kind) => Literal,
        _ => MissingOperand,
    });

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

    private static readonly Parser<SyntaxToken, Func<SyntaxToken?, Func<ExpressionSyntax, ExpressionSyntax>>> NegatableTail =
        Switch(kind => kind == SyntaxKind.InKeyword ? InTail : BetweenTail);

    private static bool IsBinarySuffixOperator(SyntaxKind kind) =>
        SyntaxFacts.IsComparisonOperator(kind) || SyntaxFacts.IsStringTestOperator(kind) || kind == SyntaxKind.MatchesKeyword;

    private static bool StartsPredicateSuffix(SyntaxKind kind) =>
        IsBinarySuffixOperator(kind) || kind is SyntaxKind.InKeyword or SyntaxKind.BetweenKeyword or SyntaxKind.NotKeyword;

    private static readonly Parser<SyntaxToken, Func<ExpressionSyntax, ExpressionSyntax>> PositiveTail = NegatableTail.Select(tail => tail(null));

    private static readonly Parser<SyntaxToken, Func<ExpressionSyntax, ExpressionSyntax>> NegatedTail =
        Try(Tok(SyntaxKind.NotKeyword).Then(NegatableTail, (not, tail) => tail(not)));

    /// <summary>What may follow an operand in a predicate: a comparison, <c>[not] in</c>, <c>[not] between</c>, a string test, <c>matches</c>.</summary>
    /// <remarks>
    /// A <c>not</c> that no <c>in</c> or <c>between</c> follows is not a suffix (the parse backtracks); any other token
    /// that starts no suffix fails at the first token of <see cref="BinarySuffix"/>.
    /// </remarks>
    private static readonly Parser<SyntaxToken, Func<ExpressionSyntax, ExpressionSyntax>> PredicateSuffix = Switch(kind => kind switch
    {
        SyntaxKind.InKeyword or SyntaxKind.BetweenKeyword => PositiveTail,
        SyntaxKind.NotKeyword => NegatedTail,
        _ => BinarySuffix,
    });

    private static readonly Parser<SyntaxToken, IEnumerable<Func<ExpressionSyntax, ExpressionSyntax>>> PredicateSuffixes =
        IfNext(StartsPredicateSuffix, PredicateSuffix.Many(), Parser<SyntaxToken>.Return(Enumerable.Empty<Func<ExpressionSyntax, ExpressionSyntax>>()));

    /// <summary>
    /// <c>predicate = operand [suffix]</c>. A second suffix (<c>a = b = c</c>) is read too, nested to the left, so the
    /// checker can say that comparisons do not chain instead of skipping the rest.
    /// </summary>
    private static readonly Parser<SyntaxToken, ExpressionSyntax> Predicate =
        Operand.Then(PredicateSuffixes, (operand, suffixes) =>
        {
            foreach (var suffix in suffixes)
            {
                operand = suffix(operand);
            }

            return operand;
        });

    private static readonly Parser<SyntaxToken, ExpressionSyntax> NegatedPredicate =
        Tok(SyntaxKind.NotKeyword).AtLeastOnce().Then(Predicate, (nots, predicate) =>
            nots.Reverse().Aggregate(predicate, ExpressionSyntax (operand, not) => new UnaryExpressionSyntax(not, operand)));

    /// <summary><c>not_expression = "not" not_expression | predicate</c>, as a loop.</summary>
    private static readonly Parser<SyntaxToken, ExpressionSyntax> NotExpression = Switch(kind => kind == SyntaxKind.NotKeyword ? NegatedPredicate : Predicate);

    private static Parser<SyntaxToken, ExpressionSyntax> LeftAssociative(SyntaxKind op, Parser<SyntaxToken, ExpressionSyntax> operand) =>
        operand.Then(
            ManyAfter(op, Tok(op).Then(operand, (token, right) => (Op: token, Right: right))),
            (first, rest) =>
            {
                foreach (var (token, right) in rest)
                {
                    first = new BinaryExpressionSyntax(first, token, right);
                }

                return first;
            });

    private static readonly Parser<SyntaxToken, ExpressionSyntax> AndExpression = LeftAssociative(SyntaxKind.AndKeyword, NotExpression);

    /// <summary><c>expression = or_expression</c>.</summary>
    private static readonly Parser<SyntaxToken, ExpressionSyntax> Expression = LeftAssociative(SyntaxKind.OrKeyword, AndExpression);

    /// <summary>A clause keyword, skipping what stands before it back to the previous clause.</summary>
    private static Parser<SyntaxToken, SyntaxToken> ClauseKeyword(SyntaxKind kind) =>
        SkipTo(kind, SyntaxFacts.IsClauseKeyword, orMissing: false);

    private static readonly Parser<SyntaxToken, WhereClauseSyntax> Where =
        SkipTo(SyntaxKind.WhereKeyword, SyntaxFacts.IsClauseKeyword, orMissing: false)
            .Then(Expression, (keyword, condition) => new WhereClauseSyntax(keyword, condition));

    /// <summary><c>[where_clause]</c>: nothing to try when a clause or the end comes next (no <c>where</c> can be skipped to).</summary>
    private static readonly Parser<SyntaxToken, Maybe<WhereClauseSyntax>> OptionalWhere =
        IfNext(kind => kind != SyntaxKind.EndOfFileToken && !SyntaxFacts.IsClauseKeyword(kind), Where.Optional(), Parser<SyntaxToken>.Return(Maybe.Nothing<WhereClauseSyntax>()));

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
            OptionalAfter(k => k is SyntaxKind.AscKeyword or SyntaxKind.DescKeyword, Tok(k => k is SyntaxKind.AscKeyword or SyntaxKind.DescKeyword)),
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
            OptionalAfter(k => k == SyntaxKind.AsKeyword, Tok(SyntaxKind.AsKeyword).Then(Expect(SyntaxKind.IdentifierToken), (asKeyword, alias) => (As: asKeyword, Alias: alias))),
            (expression, alias) => alias.HasValue
                ? new SelectItemSyntax(expression, alias.Value.As, alias.Value.Alias)
                : new SelectItemSyntax(expression, null, null));

    private static readonly Parser<SyntaxToken, ClauseSyntax> Select =
        ClauseKeyword(SyntaxKind.SelectKeyword).Then(SeparatedList(SelectItem), ClauseSyntax (select, items) => new SelectClauseSyntax(select, items));

    private static readonly Parser<SyntaxToken, ClauseSyntax> Count =
        ClauseKeyword(SyntaxKind.CountKeyword).Select(ClauseSyntax (count) => new CountClauseSyntax(count));

    private static readonly Parser<SyntaxToken, ClauseSyntax> Clause = OneOf(GroupBy, OrderBy, Limit, Select, Count);

    /// <summary><c>{clause}</c>; none to try at the end of the query.</summary>
    private static readonly Parser<SyntaxToken, IEnumerable<ClauseSyntax>> Clauses =
        IfNext(kind => kind != SyntaxKind.EndOfFileToken, Clause.Many(), Parser<SyntaxToken>.Return(Enumerable.Empty<ClauseSyntax>()));

    /// <summary>The end of file, after skipping whatever no clause could use.</summary>
    private static readonly Parser<SyntaxToken, SyntaxToken> EndOfFile =
        SkipTo(SyntaxKind.EndOfFileToken, _ => false, orMissing: false);

    /// <summary><c>query = source [where_clause] {clause} end_of_file</c>; never fails on a list that ends with the end-of-file token.</summary>
    public static readonly Parser<SyntaxToken, QuerySyntax> Query =
        Map<SyntaxToken, SyntaxToken, Maybe<WhereClauseSyntax>, IEnumerable<ClauseSyntax>, SyntaxToken, QuerySyntax>(
            (source, where, clauses, endOfFile) =>
                new QuerySyntax(source, where.HasValue ? where.Value : null, [.. clauses], endOfFile),
            Expect(SyntaxKind.IdentifierToken),
            OptionalWhere,
            Clauses,
            EndOfFile);
}
