using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;

namespace Dicta.Query.Tests.Syntax;

/// <summary>
/// A test-side model of a well-formed query, rendered to text with random trivia and keyword case; its shape is what
/// <see cref="SyntaxShape"/> prints for the parsed condition.
/// </summary>
public abstract record Expr
{
    public abstract string Render(Func<string, string> keyword, Func<string> space);

    public abstract string Shape { get; }

    public abstract IEnumerable<Expr> Smaller();
}

public sealed record Leaf(string Text) : Expr
{
    public override string Render(Func<string, string> keyword, Func<string> space) =>
        Text is "true" or "false" ? keyword(Text) : Text;

    public override string Shape => Text;

    public override IEnumerable<Expr> Smaller() => [];
}

public sealed record Binary(string Op, Expr Left, Expr Right) : Expr
{
    public override string Render(Func<string, string> keyword, Func<string> space) =>
        $"{Left.Render(keyword, space)}{space()}{keyword(Op)}{space()}{Right.Render(keyword, space)}";

    public override string Shape => $"({Op} {Left.Shape} {Right.Shape})";

    public override IEnumerable<Expr> Smaller() => [Left, Right, .. Left.Smaller().Select(l => this with { Left = l }), .. Right.Smaller().Select(r => this with { Right = r })];
}

public sealed record Negation(Expr Operand) : Expr
{
    public override string Render(Func<string, string> keyword, Func<string> space) => $"{keyword("not")}{space()}{Operand.Render(keyword, space)}";

    public override string Shape => $"(not {Operand.Shape})";

    public override IEnumerable<Expr> Smaller() => [Operand, .. Operand.Smaller().Select(o => new Negation(o))];
}

public sealed record Paren(Expr Inner) : Expr
{
    public override string Render(Func<string, string> keyword, Func<string> space) => $"({space()}{Inner.Render(keyword, space)}{space()})";

    public override string Shape => $"{{{Inner.Shape}}}";

    public override IEnumerable<Expr> Smaller() => [Inner, .. Inner.Smaller().Select(i => new Paren(i))];
}

public sealed record InList(Expr Left, bool Negated, ImmutableArray<Expr> Values) : Expr
{
    public override string Render(Func<string, string> keyword, Func<string> space) =>
        $"{Left.Render(keyword, space)}{space()}{(Negated ? keyword("not") + space() : "")}{keyword("in")}{space()}({string.Join("," + space(), Values.Select(v => v.Render(keyword, space)))})";

    public override string Shape => $"({(Negated ? "not-in" : "in")} {Left.Shape} {string.Join(" ", Values.Select(v => v.Shape))})";

    public override IEnumerable<Expr> Smaller() => [Left, .. Values];
}

public sealed record Between(Expr Left, bool Negated, Expr Lower, Expr Upper) : Expr
{
    public override string Render(Func<string, string> keyword, Func<string> space) =>
        $"{Left.Render(keyword, space)}{space()}{(Negated ? keyword("not") + space() : "")}{keyword("between")}{space()}{Lower.Render(keyword, space)}{space()}{keyword("and")}{space()}{Upper.Render(keyword, space)}";

    public override string Shape => $"({(Negated ? "not-between" : "between")} {Left.Shape} {Lower.Shape} {Upper.Shape})";

    public override IEnumerable<Expr> Smaller() => [Left, Lower, Upper];
}

public static class QueryModel
{
    private static readonly string[] Fields = ["speaker", "topic", "text", "speaker.country", "article.outlet", "date", "Путин"];
    private static readonly string[] Values = ["\"Putin\"", "'Taiwan'", "12", "0.5", "2022-09-15", "$since", "true", "false", "\"a \\\"b\\\"\""];
    private static readonly string[] Comparisons = ["=", "!=", "<", "<=", ">", ">=", "has", "contains", "startswith", "endswith"];
    private static readonly string[] Spaces = [" ", "  ", "\n", " -- note\n", "\t", "\r\n "];

    private static Gen<Expr> Operand(int size) =>
        size <= 0
            ? Gen.OneOf(Gen.Elements(Fields), Gen.Elements(Values)).Select(Expr (t) => new Leaf(t))
            : Gen.Frequency(
                (3, Operand(0)),
                (1, Condition(size / 2).Select(Expr (e) => new Paren(e))));

    private static Gen<Expr> Predicate(int size) => Gen.OneOf(
        Operand(size),
        from left in Operand(size / 2) from op in Gen.Elements(Comparisons) from right in Operand(size / 2) select (Expr)new Binary(op, left, right),
        from left in Operand(0) select (Expr)new Binary("matches", left, new Leaf("/wa+r/i")),
        from left in Operand(size / 2) from negated in ArbMap.Default.GeneratorFor<bool>()
        from values in Gen.NonEmptyListOf(Operand(size / 3)) select (Expr)new InList(left, negated, [.. values]),
        from left in Operand(size / 3) from negated in ArbMap.Default.GeneratorFor<bool>() from lower in Operand(size / 3)
        from upper in Operand(size / 3) select (Expr)new Between(left, negated, lower, upper));

    private static Gen<Expr> Condition(int size) =>
        size <= 1
            ? Predicate(0)
            : Gen.Frequency(
                (2, Predicate(size)),
                (1, Condition(size - 1).Select(Expr (e) => new Negation(e is Binary { Op: "and" or "or" } ? new Paren(e) : e))),
                (2, from left in Condition(size / 2) from op in Gen.Elements("and", "or") from right in Condition(size / 2)
                    select (Expr)new Binary(op, Wrap(left, op, isRight: false), Wrap(right, op, isRight: true))));

    /// <summary>Parenthesises an operand of and/or where precedence or left associativity would otherwise regroup it.</summary>
    private static Expr Wrap(Expr operand, string op, bool isRight) => operand switch
    {
        Binary { Op: "or" } when op == "and" => new Paren(operand),
        Binary { Op: "and" or "or" } b when isRight && (b.Op == op || op == "or") => new Paren(operand),
        _ => operand,
    };

    public static Arbitrary<(Expr Condition, int Seed)> Conditions { get; } =
        Arb.From(
            Gen.Sized(size => Condition(Math.Min(size, 12))).Zip(Gen.Choose(0, 1000)),
            pair => pair.Item1.Smaller().Select(e => (e, pair.Item2)));

    public static string Render(Expr condition, int seed)
    {
        var random = new Random(seed);
        string Keyword(string k) => random.Next(3) switch { 0 => k.ToUpperInvariant(), 1 => k, _ => char.ToUpperInvariant(k[0]) + k[1..] };
        string Space() => Spaces[random.Next(Spaces.Length)];
        return $"statements{Space()}{Keyword("where")}{Space()}{condition.Render(Keyword, Space)}{Space()}{Keyword("order")} {Keyword("by")} date {Keyword("desc")}";
    }
}
