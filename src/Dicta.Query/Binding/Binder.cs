using System.Collections.Immutable;
using System.Globalization;
using Dicta.Model;
using Dicta.Model.Diagnostics;
using Dicta.Model.Text;
using Dicta.Query.Parsing;
using Dicta.Query.Schema;
using Dicta.Query.Syntax;

namespace Dicta.Query.Binding;

/// <summary>
/// Checks a syntax tree against the schema and turns it into a <see cref="BoundQuery"/>: names resolved to fields,
/// constants and parameters typed, operators resolved for their operand types, clauses checked for fit. It never
/// throws on a tree, however broken: what does not bind becomes an error node with a diagnostic (or none, when the
/// parser already reported the missing piece).
/// </summary>
public sealed class Binder
{
    private readonly SourceText _text;
    private readonly IReadOnlyDictionary<string, object?> _parameters;
    private readonly Corpus? _corpus;
    private readonly TimeSpan _regexTimeout;
    // Made by the first report: a query that binds cleanly keeps the parser's diagnostics as they are.
    private ImmutableArray<Diagnostic>.Builder? _diagnostics;
    private SourceSymbol? _source;

    private Binder(SourceText text, IReadOnlyDictionary<string, object?>? parameters, Corpus? corpus, TimeSpan regexTimeout)
    {
        _text = text;
        _parameters = parameters ?? ImmutableDictionary<string, object?>.Empty;
        _corpus = corpus;
        _regexTimeout = regexTimeout;
    }

    /// <summary>Binds <paramref name="tree"/>; the result carries the tree's diagnostics, then the binder's.</summary>
    /// <param name="tree">The parsed query.</param>
    /// <param name="parameters">The values of <c>$name</c> parameters, by name without the dollar sign: text, numbers, dates, booleans.</param>
    /// <param name="corpus">The corpus the query will run on, to warn about speaker and topic names it does not know; null to skip that check.</param>
    public static BoundQuery Bind(SyntaxTree tree, IReadOnlyDictionary<string, object?>? parameters = null, Corpus? corpus = null) =>
        Bind(tree, parameters, corpus, QueryRegex.DefaultMatchTimeout);

    /// <summary>Binds with another time limit for backtracking regular expressions.</summary>
    internal static BoundQuery Bind(SyntaxTree tree, IReadOnlyDictionary<string, object?>? parameters, Corpus? corpus, TimeSpan regexTimeout)
    {
        ArgumentNullException.ThrowIfNull(tree);
        return new Binder(tree.Text, parameters, corpus, regexTimeout).BindQuery(tree.Root, tree.Diagnostics);
    }

    private BoundQuery BindQuery(QuerySyntax root, ImmutableArray<Diagnostic> syntaxDiagnostics)
    {
        _source = BindSource(root.Source);

        var filter = root.Where is { } where && _source is not null ? BindCondition(where.Condition) : null;

        // The first clause of each kind; the parser gives no other kinds of clause.
        GroupByClauseSyntax? group = null;
        OrderByClauseSyntax? order = null;
        LimitClauseSyntax? limit = null;
        SelectClauseSyntax? select = null;
        CountClauseSyntax? count = null;
        foreach (var clause in root.Clauses)
        {
            var isFirst = clause switch
            {
                GroupByClauseSyntax g => First(ref group, g),
                OrderByClauseSyntax o => First(ref order, o),
                LimitClauseSyntax l => First(ref limit, l),
                SelectClauseSyntax s => First(ref select, s),
                CountClauseSyntax c => First(ref count, c),
                _ => true,
            };
            if (!isFirst)
            {
                Report(BindingDiagnostics.RepeatedClause, KeywordSpan(clause), ClauseName(clause), "write it once (separate several keys with commas)");
            }
        }

        if (select is not null && count is not null)
        {
            var later = select.Span.Start > count.Span.Start ? (ClauseSyntax)select : count;
            Report(BindingDiagnostics.ConflictingClauses, KeywordSpan(later), ClauseName(later), later == select ? "count" : "select",
                "count returns one number; remove one of them");
        }

        if (select is not null && group is not null)
        {
            Report(BindingDiagnostics.ConflictingClauses, KeywordSpan(select), "select", "group by",
                "a grouped query returns each key with its count; name the keys in 'group by' instead");
        }

        var groupKeys = group is not null && _source is not null ? BindGroupKeys(group) : [];
        var orderings = order is not null && _source is not null ? BindOrderings(order, groupKeys) : [];
        var columns = select is not null && _source is not null ? BindColumns(select.Items.Select(i => (i.Expression, i.Alias))) : [];
        return new BoundQuery(
            _source,
            filter,
            groupKeys,
            orderings,
            limit is not null ? BindLimit(limit) : null,
            columns,
            count is not null,
            _diagnostics is null ? syntaxDiagnostics : [.. syntaxDiagnostics, .. _diagnostics],
            _text);
    }

    /// <summary>Keeps <paramref name="clause"/> as the first of its kind unless there was one; false when there was.</summary>
    private static bool First<TClause>(ref TClause? first, TClause clause)
        where TClause : ClauseSyntax
    {
        if (first is not null)
        {
            return false;
        }

        first = clause;
        return true;
    }

    private SourceSymbol? BindSource(SyntaxToken token)
    {
        if (token.IsMissing || token.Text.Length == 0)
        {
            return null;
        }

        if (QuerySchema.Default.GetSource(token.Text) is { } source)
        {
            return source;
        }

        var names = QuerySchema.Default.Sources.Select(s => s.Name).ToList();
        Report(BindingDiagnostics.UnknownSource, token.Span, token.Text,
            NameSuggester.Hint(token.Text, names, $"; expected {string.Join(", ", names)}"));
        return null;
    }

    private int? BindLimit(LimitClauseSyntax limit)
    {
        var token = limit.Count;
        if (token.IsMissing)
        {
            return null;
        }

        var value = token.Value switch
        {
            decimal d => d,
            double d when double.IsFinite(d) && Math.Abs(d) < (double)decimal.MaxValue => (decimal)d,
            int i => i,
            long l => l,
            _ => (decimal?)null,
        };
        if (value is { } number && number == decimal.Truncate(number) && number >= 1 && number <= int.MaxValue)
        {
            return (int)number;
        }

        Report(BindingDiagnostics.InvalidLimit, token.Span, value > int.MaxValue
            ? string.Create(CultureInfo.InvariantCulture, $"'{token.Text}' (the largest limit is {int.MaxValue})")
            : $"'{token.Text}'");
        return null;
    }

    /// <summary>
    /// The keys of <c>group by</c>, each once: a key is the same as another when it binds to the same value, however
    /// it is written (<c>topic</c>, <c>(topic)</c>, <c>TOPIC</c>).
    /// </summary>
    private ImmutableArray<BoundColumn> BindGroupKeys(GroupByClauseSyntax group)
    {
        var keys = ImmutableArray.CreateBuilder<BoundColumn>();
        var bound = new HashSet<string>(StringComparer.Ordinal);
        foreach (var syntax in group.Keys)
        {
            var key = BindExpression(syntax);
            if (key.Type != QueryType.Error && !bound.Add(key.ToString()))
            {
                Report(BindingDiagnostics.RepeatedGroupKey, syntax.Span, syntax.ToString());
            }

            keys.Add(new BoundColumn(syntax.ToString(), key));
        }

        return keys.ToImmutable();
    }

    private ImmutableArray<BoundColumn> BindColumns(IEnumerable<(ExpressionSyntax Expression, SyntaxToken? Alias)> items)
    {
        var columns = ImmutableArray.CreateBuilder<BoundColumn>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (expression, alias) in items)
        {
            var bound = BindExpression(expression);
            var name = alias is { IsMissing: false } ? alias.Text : expression.ToString();
            if (!names.Add(name))
            {
                Report(BindingDiagnostics.DuplicateColumn, alias is { IsMissing: false } ? alias.Span : expression.Span, name);
            }

            columns.Add(new BoundColumn(name, bound));
        }

        return columns.ToImmutable();
    }

    private ImmutableArray<BoundOrdering> BindOrderings(OrderByClauseSyntax order, ImmutableArray<BoundColumn> groupKeys)
    {
        var orderings = ImmutableArray.CreateBuilder<BoundOrdering>();
        foreach (var ordering in order.Orderings)
        {
            var syntax = ordering.Expression;
            BoundExpression bound;
            if (IsCountName(syntax))
            {
                if (groupKeys.IsEmpty)
                {
                    Report(BindingDiagnostics.CountWithoutGroup, syntax.Span);
                    bound = new BoundErrorExpression(syntax.Span);
                }
                else
                {
                    bound = new BoundCountReference(syntax.Span);
                }
            }
            else
            {
                bound = BindExpression(syntax);
                if (!groupKeys.IsEmpty && bound.Type != QueryType.Error)
                {
                    var printed = bound.ToString();
                    var index = groupKeys.Select(k => k.Expression.ToString()).ToList().IndexOf(printed);
                    if (index >= 0)
                    {
                        bound = new BoundGroupKeyReference(index, bound.Type, syntax.Span);
                    }
                    else
                    {
                        Report(BindingDiagnostics.InvalidGroupOrdering, syntax.Span, string.Join(", ", groupKeys.Select(k => k.Name)), $"'{syntax}'");
                        bound = new BoundErrorExpression(syntax.Span);
                    }
                }
                else if (bound.IsMany)
                {
                    Report(BindingDiagnostics.ManyValued, syntax.Span, $"'{syntax}'", "order the rows", "; group by it instead");
                    bound = new BoundErrorExpression(syntax.Span);
                }
            }

            orderings.Add(new BoundOrdering(bound, ordering.IsDescending));
        }

        return orderings.ToImmutable();
    }

    /// <summary><c>count</c> as an ordering key: the parser may give it as a name (keywords are reserved, so nothing else can be called that).</summary>
    private static bool IsCountName(ExpressionSyntax syntax) =>
        syntax is NameExpressionSyntax { IdentifierToken: { IsMissing: false } token }
        && (token.Kind == SyntaxKind.CountKeyword || string.Equals(token.Text, "count", StringComparison.OrdinalIgnoreCase));

    private BoundExpression BindCondition(ExpressionSyntax syntax)
    {
        var bound = BindExpression(syntax);
        if (bound.Type is QueryType.Boolean or QueryType.Error)
        {
            return bound;
        }

        Report(BindingDiagnostics.NotACondition, syntax.Span, Describe(bound, syntax), Article(bound.Type), ExampleCondition(bound, syntax));
        return new BoundErrorExpression(syntax.Span);
    }

    private BoundExpression BindExpression(ExpressionSyntax syntax)
    {
        switch (syntax)
        {
            case ParenthesizedExpressionSyntax parenthesized:
                return BindExpression(parenthesized.Expression);
            case NameExpressionSyntax name:
                return BindName(name);
            case MemberAccessExpressionSyntax member:
                return BindMember(member);
            case LiteralExpressionSyntax literal:
                if (literal.Token.Kind == SyntaxKind.RegexLiteralToken)
                {
                    Report(BindingDiagnostics.MisplacedRegex, literal.Span, $"a regex can only follow 'matches', as in text matches {literal}");
                    return new BoundErrorExpression(literal.Span);
                }

                return BindLiteral(literal.Token);
            case ParameterExpressionSyntax parameter:
                return BindParameter(parameter);
            case UnaryExpressionSyntax unary when unary.OperatorToken.Kind == SyntaxKind.NotKeyword:
                return new BoundNotExpression(BindCondition(unary.Operand), unary.Span);
            case BinaryExpressionSyntax { OperatorToken.Kind: SyntaxKind.AndKeyword or SyntaxKind.OrKeyword } logical:
                return BindLogical(logical);
            case BinaryExpressionSyntax or InExpressionSyntax or BetweenExpressionSyntax when IsPredicate(PredicateLeft(syntax)):
                return BindChainedPredicate(syntax);
            case BinaryExpressionSyntax binary:
                return BindBinary(binary);
            case InExpressionSyntax @in:
                return BindIn(@in);
            case BetweenExpressionSyntax between:
                return BindBetween(between);
            default:
                return new BoundErrorExpression(syntax.Span);
        }
    }

    private BoundExpression BindName(NameExpressionSyntax syntax)
    {
        var token = syntax.IdentifierToken;
        if (token.IsMissing || token.Text.Length == 0 || _source is null)
        {
            return new BoundErrorExpression(syntax.Span);
        }

        if (_source.GetFieldPath(token.Text) is { IsDefault: false } path)
        {
            return new BoundFieldAccess(path, syntax.Span);
        }

        var elsewhere = QuerySchema.Default.Sources.Where(s => s != _source && s.GetField(token.Text) is not null).Select(s => s.Name).ToList();
        if (elsewhere.Count > 0)
        {
            Report(BindingDiagnostics.FieldNotValidHere, token.Span,
                $"'{token.Text}' is a field of {string.Join(" and ", elsewhere)}, not of {_source.Name}; the fields of {_source.Name} are {FieldList(_source.Fields)}");
        }
        else
        {
            Report(BindingDiagnostics.UnknownField, token.Span, token.Text, _source.Name,
                NameSuggester.Hint(token.Text, _source.Fields.Select(f => f.Name), $"; the fields are {FieldList(_source.Fields)}"));
        }

        return new BoundErrorExpression(syntax.Span);
    }

    /// <summary>
    /// A path <c>a.b.c</c>, which the parser nests to the left as deep as it is long: bound from the first name on in
    /// a loop, so that no path, however long, recurses.
    /// </summary>
    private BoundExpression BindMember(MemberAccessExpressionSyntax syntax)
    {
        var steps = new Stack<MemberAccessExpressionSyntax>();
        ExpressionSyntax current = syntax;
        while (current is MemberAccessExpressionSyntax member)
        {
            steps.Push(member);
            current = member.Expression;
        }

        var bound = BindExpression(current);
        while (steps.TryPop(out var step))
        {
            bound = BindMemberStep(step, bound);
        }

        return bound;
    }

    private BoundExpression BindMemberStep(MemberAccessExpressionSyntax syntax, BoundExpression receiver)
    {
        var name = syntax.Name;
        if (receiver.Type == QueryType.Error || name.IsMissing || name.Text.Length == 0)
        {
            return new BoundErrorExpression(syntax.Span);
        }

        if (receiver is not BoundFieldAccess path)
        {
            Report(BindingDiagnostics.FieldNotValidHere, syntax.DotToken.Span, $"only fields have sub-fields; '{syntax.Expression}' is not a field");
            return new BoundErrorExpression(syntax.Span);
        }

        if (path.Field.Fields.IsEmpty)
        {
            Report(BindingDiagnostics.FieldNotValidHere, name.Span,
                $"'{path.PathText}' is {Article(path.Type)} and has no fields, so '{path.PathText}.{name.Text}' names nothing");
            return new BoundErrorExpression(syntax.Span);
        }

        if (path.IsMany)
        {
            Report(BindingDiagnostics.ManyValued, syntax.Span, $"'{path.PathText}'", "have sub-fields", string.Empty);
            return new BoundErrorExpression(syntax.Span);
        }

        if (path.Field.GetField(name.Text) is { } field)
        {
            return new BoundFieldAccess(path.Path.Add(field), syntax.Span);
        }

        Report(BindingDiagnostics.UnknownField, name.Span, name.Text, $"'{path.PathText}'",
            NameSuggester.Hint(name.Text, path.Field.Fields.Select(f => f.Name), $"; its fields are {FieldList(path.Field.Fields)}"));
        return new BoundErrorExpression(syntax.Span);
    }

    // The token's value, already boxed, is reused as it is rather than unboxed and boxed again.
    private static BoundExpression BindLiteral(SyntaxToken token) => (token.Kind, token.Value) switch
    {
        (_, _) when token.IsMissing => new BoundErrorExpression(token.Span),
        (SyntaxKind.StringLiteralToken, string text) => new BoundLiteral(text, QueryType.Text, token.Span),
        (SyntaxKind.NumberLiteralToken, decimal) => new BoundLiteral(token.Value, QueryType.Number, token.Span),
        (SyntaxKind.NumberLiteralToken, double number) when ToDecimal(number) is { } value => new BoundLiteral(value, QueryType.Number, token.Span),
        (SyntaxKind.DateLiteralToken, DateOnly) => new BoundLiteral(token.Value, QueryType.Date, token.Span),
        (SyntaxKind.TrueKeyword, _) => new BoundLiteral(true, QueryType.Boolean, token.Span),
        (SyntaxKind.FalseKeyword, _) => new BoundLiteral(false, QueryType.Boolean, token.Span),
        _ => new BoundErrorExpression(token.Span),
    };

    private BoundExpression BindParameter(ParameterExpressionSyntax syntax)
    {
        var token = syntax.ParameterToken;
        if (token.IsMissing || token.Value is not string name)
        {
            return new BoundErrorExpression(syntax.Span);
        }

        var key = _parameters.ContainsKey(name) ? name : _parameters.Keys.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
        if (key is null)
        {
            var given = _parameters.Keys.Order(StringComparer.Ordinal).ToList();
            var hint = given.Count == 0
                ? "; no parameters were given (pass them with --param name=value or in the host program)"
                : NameSuggester.Suggest(name, given) is { } suggestion
                    ? $"; did you mean '${suggestion}'?"
                    : $"; the parameters given are {string.Join(", ", given.Select(g => "$" + g))}";
            Report(BindingDiagnostics.UnknownParameter, token.Span, name, hint);
            return new BoundErrorExpression(syntax.Span);
        }

        var value = _parameters[key];
        if (ToQueryValue(value) is { } typed)
        {
            return new BoundParameter(name, typed.Value, typed.Type, syntax.Span);
        }

        Report(BindingDiagnostics.ParameterType, token.Span, name, value is null ? "null (no value)" : value.GetType().Name);
        return new BoundErrorExpression(syntax.Span);
    }

    /// <summary>
    /// A chain of one logical operator as one node of all its operands. The parser folds <c>a or b or c</c> to the
    /// left, as deep as the chain is long, so the chain's left spine is walked in a loop, not by recursion; the
    /// operands are bound left to right, so diagnostics come in the order of the text. Operands of another operator
    /// (the <c>and</c>s in an <c>or</c>) and parenthesized ones are nodes of their own: parentheses and <c>not</c>
    /// nest only as deep as the parser's nesting limit allows.
    /// </summary>
    private BoundLogicalExpression BindLogical(BinaryExpressionSyntax syntax)
    {
        var kind = syntax.OperatorToken.Kind;
        var length = 0;
        ExpressionSyntax first = syntax;
        while (first is BinaryExpressionSyntax binary && binary.OperatorToken.Kind == kind)
        {
            length++;
            first = binary.Left;
        }

        // The right operands, last first down the spine, stored from the end so that they read left to right.
        var rights = new ExpressionSyntax[length];
        ExpressionSyntax spine = syntax;
        for (var i = length - 1; i >= 0; i--)
        {
            var binary = (BinaryExpressionSyntax)spine;
            rights[i] = binary.Right;
            spine = binary.Left;
        }

        var operands = ImmutableArray.CreateBuilder<BoundExpression>(length + 1);
        operands.Add(BindCondition(first));
        foreach (var right in rights)
        {
            operands.Add(BindCondition(right));
        }

        return new BoundLogicalExpression(
            kind == SyntaxKind.AndKeyword ? LogicalOperator.And : LogicalOperator.Or,
            operands.MoveToImmutable(),
            syntax.Span);
    }

    /// <summary>The left operand of a predicate (a comparison, string test, <c>matches</c>, <c>in</c> or <c>between</c>); null for other nodes.</summary>
    private static ExpressionSyntax? PredicateLeft(ExpressionSyntax syntax) => syntax switch
    {
        BinaryExpressionSyntax binary when SyntaxFacts.IsPredicateOperator(binary.OperatorToken.Kind) => binary.Left,
        InExpressionSyntax @in => @in.Left,
        BetweenExpressionSyntax between => between.Left,
        _ => null,
    };

    private static bool IsPredicate(ExpressionSyntax? syntax) => syntax is not null && PredicateLeft(syntax) is not null;

    /// <summary>
    /// Predicates chained without parentheses (<c>a = b = c</c>), which the parser nests to the left as deep as the
    /// chain is long and has already reported (or reported the missing operand that makes them look chained). The
    /// first predicate binds as usual and the operands of the rest are bound for their own diagnostics, in a loop;
    /// the whole chain is an error node, so the bound tree stays shallow.
    /// </summary>
    private BoundErrorExpression BindChainedPredicate(ExpressionSyntax syntax)
    {
        var chained = new Stack<ExpressionSyntax>();
        var first = syntax;
        while (PredicateLeft(first) is { } left && IsPredicate(left))
        {
            chained.Push(first);
            first = left;
        }

        BindExpression(first);
        while (chained.TryPop(out var predicate))
        {
            switch (predicate)
            {
                case BinaryExpressionSyntax { OperatorToken.Kind: SyntaxKind.MatchesKeyword, Right: LiteralExpressionSyntax { Token.Kind: SyntaxKind.RegexLiteralToken } }:
                    break;
                case BinaryExpressionSyntax binary:
                    BindExpression(binary.Right);
                    break;
                case InExpressionSyntax @in:
                    foreach (var value in @in.Values)
                    {
                        BindExpression(value);
                    }

                    break;
                case BetweenExpressionSyntax between:
                    BindExpression(between.Lower);
                    BindExpression(between.Upper);
                    break;
            }
        }

        return new BoundErrorExpression(syntax.Span);
    }

    private BoundExpression BindBinary(BinaryExpressionSyntax syntax)
    {
        var op = syntax.OperatorToken;
        switch (op.Kind)
        {
            case SyntaxKind.EqualsToken or SyntaxKind.BangEqualsToken or SyntaxKind.LessToken or SyntaxKind.LessEqualsToken
                or SyntaxKind.GreaterToken or SyntaxKind.GreaterEqualsToken:
                return BindComparison(syntax, ComparisonOf(op.Kind));
            case SyntaxKind.HasKeyword or SyntaxKind.ContainsKeyword or SyntaxKind.StartsWithKeyword or SyntaxKind.EndsWithKeyword:
                return BindStringTest(syntax);
            case SyntaxKind.MatchesKeyword:
                return BindMatches(syntax);
            default:
                BindExpression(syntax.Left);
                BindExpression(syntax.Right);
                return new BoundErrorExpression(syntax.Span);
        }
    }

    private BoundExpression BindComparison(BinaryExpressionSyntax syntax, ComparisonOperator op)
    {
        var left = BindExpression(syntax.Left);
        var right = BindExpression(syntax.Right);
        var (leftSyntax, rightSyntax) = (syntax.Left, syntax.Right);
        if (left.IsConstant && !right.IsConstant && right.Type != QueryType.Error)
        {
            // Fields go on the left, so that "x" = topic reads and plans as topic = "x".
            (left, right, leftSyntax, rightSyntax) = (right, left, rightSyntax, leftSyntax);
            op = Mirror(op);
        }

        var converted = CheckComparable(left, leftSyntax, op, SyntaxFacts.GetText(syntax.OperatorToken.Kind) ?? syntax.OperatorToken.Text, right, rightSyntax);
        return converted is null
            ? new BoundErrorExpression(syntax.Span)
            : new BoundComparison(left, op, converted, syntax.Span);
    }

    /// <summary>
    /// Checks that <paramref name="left"/> compares with <paramref name="right"/> by <paramref name="op"/>; returns the right
    /// side (text converted to the left side's date, number or boolean) or null after reporting why not.
    /// </summary>
    private BoundExpression? CheckComparable(BoundExpression left, ExpressionSyntax leftSyntax, ComparisonOperator op, string opText, BoundExpression right, ExpressionSyntax rightSyntax)
    {
        if (left.Type == QueryType.Error || right.Type == QueryType.Error)
        {
            return right;
        }

        var ordering = op is not (ComparisonOperator.Equal or ComparisonOperator.NotEqual);
        if (ordering && !left.Type.IsOrdered())
        {
            Report(BindingDiagnostics.OperatorNeedsType, leftSyntax.Span, opText, "numbers, dates or text", Describe(left, leftSyntax), Article(left.Type), TextHint(left));
            return null;
        }

        if (right.IsMany)
        {
            Report(BindingDiagnostics.TypeMismatch, rightSyntax.Span, Describe(left, leftSyntax), Describe(right, rightSyntax),
                ": both sides have many values; compare one of them with constants");
            return null;
        }

        if (left.Type == right.Type && !left.Type.IsSymbol())
        {
            return right;
        }

        if (left.Type.IsSymbol() && right.Type == QueryType.Text)
        {
            WarnUnknownName(left, op, right);
            return right;
        }

        if (right.Type == QueryType.Text && right.IsConstant && Convert((string)right.ConstantValue!, left.Type) is { } value)
        {
            return right is BoundParameter parameter
                ? parameter with { Value = value, Type = left.Type }
                : new BoundLiteral(value, left.Type, right.Span);
        }

        var hint = left.Type.IsSymbol() && right.Type == left.Type ? $"; compare their names, as in {leftSyntax}.name = {rightSyntax}.name"
            : left.Type == QueryType.Date && right.Type == QueryType.Text ? "; write a date as 2022-09-15"
            : string.Empty;
        Report(BindingDiagnostics.TypeMismatch, rightSyntax.Span, left.Type.GetDisplayName(), DescribeValue(right, rightSyntax), hint);
        return null;
    }

    private BoundExpression BindStringTest(BinaryExpressionSyntax syntax)
    {
        var opText = SyntaxFacts.GetText(syntax.OperatorToken.Kind) ?? syntax.OperatorToken.Text;
        var op = syntax.OperatorToken.Kind switch
        {
            SyntaxKind.HasKeyword => StringTestOperator.Has,
            SyntaxKind.ContainsKeyword => StringTestOperator.Contains,
            SyntaxKind.StartsWithKeyword => StringTestOperator.StartsWith,
            _ => StringTestOperator.EndsWith,
        };
        var left = BindExpression(syntax.Left);
        var right = BindExpression(syntax.Right);
        var ok = NeedsText(left, syntax.Left, opText) & NeedsText(right, syntax.Right, opText);
        if (ok && right.IsMany)
        {
            Report(BindingDiagnostics.ManyValued, syntax.Right.Span, $"'{syntax.Right}'", $"be the right side of '{opText}'", string.Empty);
            ok = false;
        }

        return ok ? new BoundStringTest(left, op, right, syntax.Span) : new BoundErrorExpression(syntax.Span);
    }

    private BoundExpression BindMatches(BinaryExpressionSyntax syntax)
    {
        var left = BindExpression(syntax.Left);
        var ok = NeedsText(left, syntax.Left, "matches");
        string? pattern = null, flags = null;
        if (syntax.Right is LiteralExpressionSyntax { Token: { Kind: SyntaxKind.RegexLiteralToken, Value: RegexLiteral literal } })
        {
            (pattern, flags) = (literal.Pattern, literal.Flags);
        }
        else
        {
            var right = BindExpression(syntax.Right);
            if (right is { IsConstant: true, ConstantValue: string text })
            {
                (pattern, flags) = (text, string.Empty);
            }
            else if (right.Type != QueryType.Error)
            {
                Report(BindingDiagnostics.MisplacedRegex, syntax.Right.Span,
                    $"'matches' needs a pattern: a regex such as /unipolar|multipolar/i, a string or a parameter, not {DescribeValue(right, syntax.Right)}");
            }
        }

        if (pattern is null || flags is null)
        {
            return new BoundErrorExpression(syntax.Span);
        }

        var regex = QueryRegex.TryCreate(pattern, flags, _regexTimeout, out var error);
        if (regex is null)
        {
            Report(BindingDiagnostics.InvalidRegex, syntax.Right.Span, pattern, error);
            return new BoundErrorExpression(syntax.Span);
        }

        if (regex.IsBacktracking)
        {
            Report(BindingDiagnostics.BacktrackingRegex, syntax.Right.Span, pattern, regex.MatchTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture));
        }

        return ok ? new BoundRegexMatch(left, regex, syntax.Right.Span, syntax.Span) : new BoundErrorExpression(syntax.Span);
    }

    private BoundExpression BindIn(InExpressionSyntax syntax)
    {
        var left = BindExpression(syntax.Left);
        var values = ImmutableArray.CreateBuilder<BoundExpression>();
        var ok = true;
        foreach (var valueSyntax in syntax.Values)
        {
            var value = BindExpression(valueSyntax);
            var converted = CheckComparable(left, syntax.Left, ComparisonOperator.Equal, "in", value, valueSyntax);
            ok &= converted is not null;
            values.Add(converted ?? value);
        }

        return ok
            ? new BoundInExpression(left, values.ToImmutable(), syntax.NotKeyword is not null, syntax.Span)
            : new BoundErrorExpression(syntax.Span);
    }

    private BoundExpression BindBetween(BetweenExpressionSyntax syntax)
    {
        var left = BindExpression(syntax.Left);
        var lower = CheckComparable(left, syntax.Left, ComparisonOperator.GreaterOrEqual, "between", BindExpression(syntax.Lower), syntax.Lower);
        var upper = lower is null ? null : CheckComparable(left, syntax.Left, ComparisonOperator.LessOrEqual, "between", BindExpression(syntax.Upper), syntax.Upper);
        return lower is not null && upper is not null
            ? new BoundBetweenExpression(left, lower, upper, syntax.NotKeyword is not null, syntax.Span)
            : new BoundErrorExpression(syntax.Span);
    }

    private bool NeedsText(BoundExpression operand, ExpressionSyntax syntax, string opText)
    {
        if (operand.Type is QueryType.Text or QueryType.Error)
        {
            return operand.Type == QueryType.Text;
        }

        Report(BindingDiagnostics.OperatorNeedsType, syntax.Span, opText, "text", Describe(operand, syntax), Article(operand.Type), TextHint(operand));
        return false;
    }

    /// <summary>Warns when a constant names no speaker or topic of the corpus: the query runs, but finds nothing by it.</summary>
    private void WarnUnknownName(BoundExpression left, ComparisonOperator op, BoundExpression right)
    {
        if (_corpus is null || op is not (ComparisonOperator.Equal or ComparisonOperator.NotEqual) || right.ConstantValue is not string name)
        {
            return;
        }

        if (left.Type == QueryType.Speaker && !_corpus.FindSpeakers(name).Any())
        {
            Report(BindingDiagnostics.UnknownSpeaker, right.Span, name,
                NameSuggester.Hint(name, _corpus.Speakers.SelectMany(s => s.Aliases.Prepend(s.Name)).Distinct(StringComparer.OrdinalIgnoreCase)));
        }
        else if (left.Type == QueryType.Topic && !NamesTopic(_corpus, name))
        {
            Report(BindingDiagnostics.UnknownTopic, right.Span, name,
                NameSuggester.Hint(name, _corpus.Topics.SelectMany(t => new[] { t.Label, t.Slug }).Distinct(StringComparer.OrdinalIgnoreCase)));
        }
    }

    private static bool NamesTopic(Corpus corpus, string name)
    {
        foreach (var topic in corpus.Topics)
        {
            if (topic.IsNamed(name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reports a diagnostic; text in its arguments (names, values, patterns from the query) is made inert and short.</summary>
    private void Report(DiagnosticDescriptor descriptor, TextSpan span, params object?[] arguments) =>
        (_diagnostics ??= ImmutableArray.CreateBuilder<Diagnostic>()).Add(descriptor.Create(
            Location.In(_text, span),
            [.. arguments.Select(a => a is string text ? MessageText.Escape(text, MessageText.ValueLength) : a)]));

    private static TextSpan KeywordSpan(ClauseSyntax clause) => clause.GetFirstToken().Span;

    private static string ClauseName(ClauseSyntax clause) => clause.Kind switch
    {
        SyntaxKind.GroupByClause => "group by",
        SyntaxKind.OrderByClause => "order by",
        SyntaxKind.LimitClause => "limit",
        SyntaxKind.SelectClause => "select",
        _ => "count",
    };

    private static ComparisonOperator ComparisonOf(SyntaxKind kind) => kind switch
    {
        SyntaxKind.EqualsToken => ComparisonOperator.Equal,
        SyntaxKind.BangEqualsToken => ComparisonOperator.NotEqual,
        SyntaxKind.LessToken => ComparisonOperator.Less,
        SyntaxKind.LessEqualsToken => ComparisonOperator.LessOrEqual,
        SyntaxKind.GreaterToken => ComparisonOperator.Greater,
        _ => ComparisonOperator.GreaterOrEqual,
    };

    private static ComparisonOperator Mirror(ComparisonOperator op) => op switch
    {
        ComparisonOperator.Less => ComparisonOperator.Greater,
        ComparisonOperator.LessOrEqual => ComparisonOperator.GreaterOrEqual,
        ComparisonOperator.Greater => ComparisonOperator.Less,
        ComparisonOperator.GreaterOrEqual => ComparisonOperator.LessOrEqual,
        _ => op,
    };

    /// <summary>Text as a value of <paramref name="type"/>: an ISO date, an invariant number, true or false.</summary>
    private static object? Convert(string text, QueryType type) => type switch
    {
        QueryType.Date when DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) => date,
        QueryType.Number when decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var number) => number,
        QueryType.Boolean when bool.TryParse(text.Trim(), out var flag) => flag,
        _ => null,
    };

    /// <summary>A host value as a query value: text, a number, a date or a boolean (speakers and topics by name).</summary>
    private static (object Value, QueryType Type)? ToQueryValue(object? value) => value switch
    {
        string text => (text, QueryType.Text),
        bool flag => (flag, QueryType.Boolean),
        decimal number => (number, QueryType.Number),
        int or long or short or byte or sbyte or ushort or uint or ulong => (System.Convert.ToDecimal(value, CultureInfo.InvariantCulture), QueryType.Number),
        double or float when ToDecimal(System.Convert.ToDouble(value, CultureInfo.InvariantCulture)) is { } number => (number, QueryType.Number),
        DateOnly date => (date, QueryType.Date),
        DateTime dateTime => (DateOnly.FromDateTime(dateTime), QueryType.Date),
        DateTimeOffset dateTimeOffset => (DateOnly.FromDateTime(dateTimeOffset.DateTime), QueryType.Date),
        Speaker speaker => (speaker.Name, QueryType.Text),
        Topic topic => (topic.Slug, QueryType.Text),
        _ => null,
    };

    private static decimal? ToDecimal(double value) =>
        double.IsFinite(value) && Math.Abs(value) < 7.9e28 ? (decimal)value : null;

    private static string FieldList(ImmutableArray<FieldSymbol> fields) => string.Join(", ", fields.Select(f => f.Name));

    private static string Article(QueryType type) => type switch
    {
        QueryType.Article => "an article",
        QueryType.Error => "unknown",
        _ => "a " + type.GetDisplayName(),
    };

    /// <summary>An operand as a message names it: <c>'speaker'</c>, <c>text 'abc'</c>.</summary>
    private static string Describe(BoundExpression operand, ExpressionSyntax syntax) =>
        operand.IsConstant ? DescribeValue(operand, syntax) : $"'{syntax}'";

    private static string DescribeValue(BoundExpression operand, ExpressionSyntax syntax) => operand switch
    {
        BoundLiteral { Value: string text } => $"text '{text}'",
        BoundParameter { Value: string text } parameter => $"text '{text}' (${parameter.Name})",
        BoundLiteral or BoundParameter => $"{operand.Type.GetDisplayName()} {syntax}",
        _ => $"{operand.Type.GetDisplayName()} '{syntax}'",
    };

    private static string TextHint(BoundExpression operand) =>
        operand is BoundFieldAccess field && field.Field.GetField("name") is not null ? $"; use '{field.PathText}.name'"
        : operand.IsConstant && operand.Type != QueryType.Text ? "; put it in quotes to make it text"
        : string.Empty;

    private static string ExampleCondition(BoundExpression operand, ExpressionSyntax syntax) => operand.Type switch
    {
        QueryType.Date => $"{syntax} >= 2022-01-01",
        QueryType.Number => $"{syntax} > 0",
        _ => $"{syntax} = \"...\"",
    };
}
