using System.Collections.Immutable;
using System.Globalization;
using Dicta.Query.Schema;
using Dicta.Query.Syntax;
using FsCheck;
using FsCheck.Fluent;

namespace Dicta.Query.Testing.Generation;

/// <summary>
/// Generates queries as tokens, then text. Typed queries follow the schema: each field is compared with values of its
/// type by operators its type has, clauses fit together, so the query binds without errors. Untyped queries are only
/// well-formed: any name (known, of another source, or unknown), any operand, any operator, any clauses in any number,
/// so that the binder meets every kind of mistake.
/// </summary>
internal sealed class QueryGenerator
{
    private static readonly string[] UnknownNames = ["speker", "Путин", "说话者", "naïve", "x_1", "quotes", "Statement", "name"];
    private static readonly string[] UnknownSources = ["statement", "quotes", "Articles", "peoples"];
    private static readonly string[] Aliases = ["who", "what_", "c1", "Ответ", "n2", "label2"];
    private static readonly string[] ParameterNames = ["since", "who", "n", "missing"];

    private static readonly SyntaxKind[] Comparisons =
    [
        SyntaxKind.EqualsToken, SyntaxKind.BangEqualsToken, SyntaxKind.LessToken, SyntaxKind.LessEqualsToken,
        SyntaxKind.GreaterToken, SyntaxKind.GreaterEqualsToken,
    ];

    private static readonly SyntaxKind[] Equalities = [SyntaxKind.EqualsToken, SyntaxKind.BangEqualsToken];

    private static readonly SyntaxKind[] StringTests =
        [SyntaxKind.HasKeyword, SyntaxKind.ContainsKeyword, SyntaxKind.StartsWithKeyword, SyntaxKind.EndsWithKeyword];

    private readonly QueryGenerationOptions _options;
    private readonly bool _typed;
    private readonly ImmutableArray<SourceSymbol> _sources;
    private readonly ImmutableArray<FieldPath> _anyPaths;

    public QueryGenerator(QueryGenerationOptions options, bool typed)
    {
        _options = options;
        _typed = typed;
        _sources = [.. options.Sources.Select(QuerySchema.Default.GetSource).OfType<SourceSymbol>().Distinct()];
        if (_sources.IsEmpty)
        {
            throw new ArgumentException($"The options name no source of the schema ({string.Join(", ", QuerySchema.Default.Sources)}).", nameof(options));
        }

        _anyPaths =
        [
            .. QuerySchema.Default.Sources.SelectMany(s => FieldPath.Of(s)).DistinctBy(p => p.Text, StringComparer.Ordinal),
            .. UnknownNames.Select(n => new FieldPath([n], null, false)),
            new FieldPath(["speaker", "country", "name"], null, false),
            new FieldPath(["topic", "label"], null, true),
        ];
    }

    /// <summary>A query: source, maybe a where clause, and clauses in random order, rendered with random trivia.</summary>
    public Gen<GeneratedQuery> Query() =>
        from source in Gen.Elements(_sources.AsEnumerable())
        from sourceToken in SourceName(source)
        from condition in Gen.Frequency(
            (1, Gen.Constant<Fragment?>(null)),
            (5, Gen.Sized(size => Condition(source, Math.Min(_options.MaxDepth, size / 25))).Select(f => (Fragment?)f)))
        from clauses in _typed ? TypedClauses(source) : AnyClauses(source)
        from ordered in Gen.Shuffle(clauses)
        let tokens = Tokens(sourceToken, condition, ordered)
        from text in QueryRenderer.Render(tokens)
        select new GeneratedQuery(text, condition?.Shape);

    private static ImmutableArray<QueryToken> Tokens(string source, Fragment? where, IEnumerable<ImmutableArray<QueryToken>> clauses)
    {
        var tokens = ImmutableArray.CreateBuilder<QueryToken>();
        tokens.Add(new QueryToken(SyntaxKind.IdentifierToken, source));
        if (where is not null)
        {
            tokens.Add(QueryToken.Fixed(SyntaxKind.WhereKeyword));
            tokens.AddRange(where.Tokens);
        }

        foreach (var clause in clauses)
        {
            tokens.AddRange(clause);
        }

        return tokens.ToImmutable();
    }

    private Gen<string> SourceName(SourceSymbol source) =>
        _typed ? Cased(source.Name) : Gen.Frequency((6, Cased(source.Name)), (1, Gen.Elements(UnknownSources)));

    private static Gen<string> Cased(string name) => Gen.Choose(0, 4).Select(style => QueryRenderer.Case(name, style));

    private Gen<Fragment> Condition(SourceSymbol source, int depth)
    {
        if (depth <= 0)
        {
            return Predicate(source, 0);
        }

        var smaller = Condition(source, depth - 1);
        return Gen.Frequency(
            (3, Predicate(source, depth)),
            (1, smaller.Select(Fragment.Not)),
            (1, smaller.Select(f => f.Parenthesized())),
            (3, from op in Gen.Elements(SyntaxKind.AndKeyword, SyntaxKind.OrKeyword)
                from count in Gen.Choose(2, 4)
                from operands in smaller.ArrayOf(count)
                select operands.Skip(1).Aggregate(operands[0], (left, right) => Fragment.Binary(op, left, right))));
    }

    /// <summary>A predicate; now and then the constant <c>true</c> or <c>false</c>, which is a condition too.</summary>
    private Gen<Fragment> Predicate(SourceSymbol source, int depth) =>
        Gen.Frequency(
            (12, _typed
                ? AnyPath(source).SelectMany(path => TypedPredicate(source, path))
                : AnyPredicate(source, depth)),
            (1, Gen.Elements(true, false).Select(Literals.Boolean)));

    /// <summary>A field of the source, each as likely as the others, and now and then one of its sub-fields instead.</summary>
    private static Gen<FieldPath> AnyPath(SourceSymbol source)
    {
        var paths = FieldPath.Of(source);
        return Gen.Elements(source.Fields.AsEnumerable()).SelectMany(field =>
        {
            var own = paths.Where(p => p.Names.Length == 1 && p.Names[0] == field.Name);
            var sub = paths.Where(p => p.Names.Length > 1 && p.Names[0] == field.Name).ToList();
            return sub.Count == 0 ? Gen.Elements(own) : Gen.Frequency((2, Gen.Elements(own)), (1, Gen.Elements(sub.AsEnumerable())));
        });
    }

    private Gen<Fragment> TypedPredicate(SourceSymbol source, FieldPath path)
    {
        var field = PathFragment(path);
        var value = TypedValue(source, path);
        var compare = Compare(field, path.Type.IsOrdered() ? Comparisons : Equalities, value);
        var inList = InList(field, value);
        return path.Type switch
        {
            QueryType.Boolean => Gen.OneOf(field, compare, inList),
            QueryType.Text => Gen.OneOf(compare, StringTest(field, value), Matches(field, _typed), inList, Between(field, value)),
            QueryType.Number or QueryType.Date => Gen.OneOf(compare, inList, Between(field, value)),
            _ => Gen.OneOf(compare, inList),
        };
    }

    /// <summary>Any predicate of well-formed syntax: any operands (fields, values, parenthesized conditions) and any operator.</summary>
    private Gen<Fragment> AnyPredicate(SourceSymbol source, int depth)
    {
        var operand = AnyOperand(source, depth);
        return Gen.Frequency(
            (1, operand),
            (4, Compare(operand, [.. Comparisons, .. StringTests], operand)),
            (1, Matches(operand, typed: false)),
            (1, InList(operand, operand)),
            (1, Between(operand, operand)));
    }

    private Gen<Fragment> AnyOperand(SourceSymbol source, int depth)
    {
        var path = Gen.Elements(_anyPaths.AsEnumerable()).SelectMany(PathFragment);
        var value = Gen.Elements(FieldPath.Of(source).AsEnumerable()).SelectMany(p => AnyValue(source, p));
        return depth <= 0
            ? Gen.Frequency((3, path), (2, value))
            : Gen.Frequency((3, path), (2, value), (1, Condition(source, depth - 1).Select(f => f.Parenthesized())));
    }

    private static Gen<Fragment> Compare(Gen<Fragment> left, SyntaxKind[] operators, Gen<Fragment> right) =>
        from l in left
        from op in Gen.Elements(operators)
        from r in right
        from mirrored in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        select mirrored ? Fragment.Binary(op, r, l) : Fragment.Binary(op, l, r);

    private static Gen<Fragment> StringTest(Gen<Fragment> field, Gen<Fragment> text) =>
        from f in field
        from op in Gen.Elements(StringTests)
        from t in text
        select Fragment.Binary(op, f, t);

    private Gen<Fragment> Matches(Gen<Fragment> left, bool typed)
    {
        var patterns = typed ? _options.Patterns : _options.Patterns.Add(new RegexLiteral("(unclosed", string.Empty));
        var right = Gen.Frequency(
            (3, Gen.Elements(patterns.AsEnumerable()).Select(Literals.Regex)),
            (1, Gen.Elements(patterns.AsEnumerable()).SelectMany(p => Literals.String(p.Pattern))));
        return from l in left from r in right select Fragment.Binary(SyntaxKind.MatchesKeyword, l, r);
    }

    private static Gen<Fragment> InList(Gen<Fragment> left, Gen<Fragment> value) =>
        from l in left
        from negated in Gen.Elements(false, true)
        from count in Gen.Choose(1, 4)
        from values in value.ArrayOf(count)
        select Fragment.In(l, negated, values);

    private static Gen<Fragment> Between(Gen<Fragment> left, Gen<Fragment> value) =>
        from l in left
        from negated in Gen.Elements(false, true)
        from lower in value
        from upper in value
        select Fragment.Between(l, negated, lower, upper);

    private static Gen<Fragment> PathFragment(FieldPath path) =>
        Gen.CollectToArray(path.Names, Cased).Select(names => Fragment.Path(names));

    /// <summary>A constant that fits the path: a literal of one of its values (text the binder converts now and then), or a parameter of its type.</summary>
    private Gen<Fragment> TypedValue(SourceSymbol source, FieldPath path)
    {
        var literal = Gen.Elements(_options.ValuesFor(source.Name, path).AsEnumerable()).SelectMany(value => value switch
        {
            DateOnly date => Gen.Frequency((4, Gen.Constant(Literals.Date(date))), (1, Literals.String(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))),
            bool flag => Gen.Frequency((5, Gen.Constant(Literals.Boolean(flag))), (1, Literals.String(flag ? "true" : "False"))),
            _ when Literals.AsNumber(value) is { } number =>
                Gen.Frequency((4, Gen.Constant(Literals.Number(number))), (1, Literals.String(number.ToString(CultureInfo.InvariantCulture)))),
            _ => Literals.Of(value)!,
        });
        var parameters = _options.Parameters.Where(p => QueryGenerationOptions.Fits(p.Value, path.Type)).Select(p => Literals.Parameter(p.Key)).ToList();
        return parameters.Count == 0 ? literal : Gen.Frequency((6, literal), (1, Gen.Elements(parameters.AsEnumerable())));
    }

    /// <summary>Any constant: a value of some field of the source, of any type, or a parameter that may not exist.</summary>
    private Gen<Fragment> AnyValue(SourceSymbol source, FieldPath path) =>
        Gen.Frequency(
            (6, Gen.Elements(_options.ValuesFor(source.Name, path).AsEnumerable()).SelectMany(v => Literals.Of(v)!)),
            (1, Gen.Elements(true, false).Select(Literals.Boolean)),
            (1, Gen.Elements(ParameterNames.Concat(_options.Parameters.Keys)).Select(Literals.Parameter)));

    private Gen<ImmutableArray<QueryToken>[]> TypedClauses(SourceSymbol source)
    {
        var paths = FieldPath.Of(source);
        var single = paths.Where(p => !p.IsMany).ToImmutableArray();
        var orderBy = Optional(OrderBy(Gen.Elements(single.AsEnumerable()).SelectMany(PathFragment)));
        var limit = Optional(Limit(Gen.Choose(1, 6)));
        var items = from o in orderBy from l in limit select Clauses(o, l);
        var select = from s in Select(source, paths) from o in orderBy from l in limit select Clauses(s, o, l);
        var count = from o in orderBy from l in limit select Clauses(ImmutableArray.Create(QueryToken.Fixed(SyntaxKind.CountKeyword)), o, l);
        var group =
            from keyCount in Gen.Choose(1, 2)
            from keys in Gen.Shuffle(paths.AsEnumerable()).Select(p => p.Take(keyCount).ToArray())
            from keyTokens in Gen.CollectToArray(keys, k => PathFragment(k))
            from ordering in Optional(OrderBy(Gen.Elements(keys).SelectMany(PathFragment).Or(Gen.Constant(Fragment.Token(SyntaxKind.CountKeyword, "count")))))
            from l in limit
            from counted in Gen.Elements(false, true)
            select Clauses(
                List([QueryToken.Fixed(SyntaxKind.GroupKeyword), QueryToken.Fixed(SyntaxKind.ByKeyword)], keyTokens.Select(k => k.Tokens)),
                ordering,
                l,
                counted ? ImmutableArray.Create(QueryToken.Fixed(SyntaxKind.CountKeyword)) : (ImmutableArray<QueryToken>?)null);
        return Gen.Frequency((3, items), (2, select), (2, group), (1, count));
    }

    private Gen<ImmutableArray<QueryToken>> Select(SourceSymbol source, ImmutableArray<FieldPath> paths) =>
        from itemCount in Gen.Choose(1, 3)
        from chosen in Gen.Shuffle(paths.AsEnumerable()).Select(p => p.Take(itemCount).ToArray())
        from expressions in Gen.CollectToArray(chosen, c => PathFragment(c))
        from condition in Optional(AnyPath(source).SelectMany(p => TypedPredicate(source, p)))
        from aliases in Gen.Shuffle(Aliases)
        from aliased in Gen.ArrayOf(Gen.Elements(false, true), itemCount + 1)
        let all = condition is null ? expressions : [.. expressions, condition]
        select List(
            [QueryToken.Fixed(SyntaxKind.SelectKeyword)],
            all.Select((e, i) => aliased[i] ? Alias(e, aliases[i]) : e.Tokens));

    private static ImmutableArray<QueryToken> Alias(Fragment expression, string alias) =>
        [.. expression.Tokens, QueryToken.Fixed(SyntaxKind.AsKeyword), new QueryToken(SyntaxKind.IdentifierToken, alias)];

    /// <summary>Any clauses, any number of them (repeats and conflicts included), with any expressions in them.</summary>
    private Gen<ImmutableArray<QueryToken>[]> AnyClauses(SourceSymbol source)
    {
        var expression = Gen.Frequency((3, AnyOperand(source, 0)), (1, AnyPredicate(source, 0)));
        var clause = Gen.OneOf(
            OrderBy(Gen.Frequency((4, expression), (1, Gen.Constant(Fragment.Token(SyntaxKind.CountKeyword, "count"))))),
            Limit(Gen.Choose(0, 3)),
            Gen.Constant(Literals.Number(1.5m)).Select(n => ImmutableArray.Create(QueryToken.Fixed(SyntaxKind.LimitKeyword), n.Tokens[0])),
            Gen.Constant(ImmutableArray.Create(QueryToken.Fixed(SyntaxKind.CountKeyword))),
            from count in Gen.Choose(1, 3)
            from keys in expression.ArrayOf(count)
            select List([QueryToken.Fixed(SyntaxKind.GroupKeyword), QueryToken.Fixed(SyntaxKind.ByKeyword)], keys.Select(k => k.Tokens)),
            from count in Gen.Choose(1, 3)
            from items in expression.ArrayOf(count)
            from aliases in Gen.ArrayOf(Gen.Elements(Aliases.Append(string.Empty)), count)
            select List([QueryToken.Fixed(SyntaxKind.SelectKeyword)], items.Select((e, i) => aliases[i].Length == 0 ? e.Tokens : Alias(e, aliases[i]))));
        return Gen.Choose(0, 4).SelectMany(count => clause.ArrayOf(count));
    }

    private static Gen<ImmutableArray<QueryToken>> OrderBy(Gen<Fragment> key)
    {
        var ordering =
            from k in key
            from direction in Gen.Elements(SyntaxKind.None, SyntaxKind.AscKeyword, SyntaxKind.DescKeyword)
            select direction == SyntaxKind.None ? k.Tokens : k.Tokens.Add(QueryToken.Fixed(direction));
        return from count in Gen.Choose(1, 2)
               from orderings in ordering.ArrayOf(count)
               select List([QueryToken.Fixed(SyntaxKind.OrderKeyword), QueryToken.Fixed(SyntaxKind.ByKeyword)], orderings);
    }

    private static Gen<ImmutableArray<QueryToken>> Limit(Gen<int> count) =>
        count.Select(n => ImmutableArray.Create(QueryToken.Fixed(SyntaxKind.LimitKeyword), Literals.Number(n).Tokens[0]));

    private static Gen<ImmutableArray<QueryToken>?> Optional(Gen<ImmutableArray<QueryToken>> clause) =>
        Gen.Frequency((1, Gen.Constant<ImmutableArray<QueryToken>?>(null)), (1, clause.Select(c => (ImmutableArray<QueryToken>?)c)));

    private static Gen<Fragment?> Optional(Gen<Fragment> fragment) =>
        Gen.Frequency((2, Gen.Constant<Fragment?>(null)), (1, fragment.Select(f => (Fragment?)f)));

    private static ImmutableArray<QueryToken>[] Clauses(params ReadOnlySpan<ImmutableArray<QueryToken>?> clauses)
    {
        var list = new List<ImmutableArray<QueryToken>>();
        foreach (var clause in clauses)
        {
            if (clause is { } present)
            {
                list.Add(present);
            }
        }

        return [.. list];
    }

    /// <summary>The head tokens, then the items separated by commas.</summary>
    private static ImmutableArray<QueryToken> List(ImmutableArray<QueryToken> head, IEnumerable<ImmutableArray<QueryToken>> items)
    {
        var tokens = head.ToBuilder();
        var first = true;
        foreach (var item in items)
        {
            if (!first)
            {
                tokens.Add(QueryToken.Fixed(SyntaxKind.CommaToken));
            }

            tokens.AddRange(item);
            first = false;
        }

        return tokens.ToImmutable();
    }
}
