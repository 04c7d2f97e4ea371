using System.Runtime.CompilerServices;
using Dicta.Model;
using Dicta.Model.Text;
using Sprache;

namespace Dicta.Extraction.Layout;

/// <summary>
/// The primitive parsers of the article grammar: one line that satisfies a predicate, or a block made of such lines.
/// They run once or more per line of every article, so each builds its failure once and its block in one step.
/// </summary>
internal static class LineParsers
{
    /// <summary>One line for which <paramref name="predicate"/> holds.</summary>
    public static Parser<ArticleLine> Line(Func<ArticleLine, LayoutContext, bool> predicate, string expectation)
    {
        var failure = Failure(expectation);
        return [MethodImpl(MethodImplOptions.AggressiveOptimization)] (IInput input) => input is LineInput lines && !lines.AtEnd && predicate(lines.CurrentLine, lines.Context)
            ? Result.Success(lines.CurrentLine, lines.Advance())
            : failure.At<ArticleLine>(input);
    }

    /// <summary>One line for which <paramref name="read"/> gives a value; the line and the value.</summary>
    public static Parser<(ArticleLine Line, T Value)> LineWith<T>(Func<ArticleLine, LayoutContext, T?> read, string expectation)
        where T : class
    {
        var failure = Failure(expectation);
        return [MethodImpl(MethodImplOptions.AggressiveOptimization)] (IInput input) => input is LineInput lines && !lines.AtEnd && read(lines.CurrentLine, lines.Context) is { } value
            ? Result.Success((lines.CurrentLine, value), lines.Advance())
            : failure.At<(ArticleLine, T)>(input);
    }

    /// <summary>
    /// One line for which <paramref name="predicate"/> holds, as a block of <paramref name="kind"/> with the clue
    /// <paramref name="clue"/> gives. The same as <c>Line(…).Select(…).One()</c>, in one step.
    /// </summary>
    public static Parser<IEnumerable<LayoutItem>> Block(
        BlockKind kind, Func<ArticleLine, LayoutContext, bool> predicate, string expectation, Func<ArticleLine, MetadataClue?>? clue = null)
    {
        var failure = Failure(expectation);
        return [MethodImpl(MethodImplOptions.AggressiveOptimization)] (IInput input) =>
        {
            if (input is LineInput lines && !lines.AtEnd && predicate(lines.CurrentLine, lines.Context))
            {
                var line = lines.CurrentLine;
                return Result.Success<IEnumerable<LayoutItem>>([LayoutItem.Of(kind, line, clue?.Invoke(line))], lines.Advance());
            }

            return failure.At<IEnumerable<LayoutItem>>(input);
        };
    }

    /// <summary>
    /// One or more consecutive lines for which <paramref name="predicate"/> holds, as one block of
    /// <paramref name="kind"/>. The same as <c>Line(…).AtLeastOnce().Select(…).One()</c>, in one step.
    /// </summary>
    public static Parser<IEnumerable<LayoutItem>> Run(BlockKind kind, Func<ArticleLine, LayoutContext, bool> predicate, string expectation)
    {
        var failure = Failure(expectation);
        return [MethodImpl(MethodImplOptions.AggressiveOptimization)] (IInput input) =>
        {
            if (input is not LineInput { AtEnd: false } lines || !predicate(lines.CurrentLine, lines.Context))
            {
                return failure.At<IEnumerable<LayoutItem>>(input);
            }

            var first = lines.CurrentLine;
            var last = first;
            var rest = lines.Next();
            while (!rest.AtEnd && predicate(rest.CurrentLine, rest.Context))
            {
                last = rest.CurrentLine;
                rest = rest.Next();
            }

            return Result.Success<IEnumerable<LayoutItem>>([new LayoutItem(kind, TextSpan.FromBounds(first.FullSpan.Start, last.FullSpan.End))], rest);
        };
    }

    /// <summary>
    /// The rule for the current line's kind. Rules that read disjoint kinds of line make a choice that one look at the
    /// line decides: the same as trying them in turn with <c>Or</c>, without failing each one first.
    /// </summary>
    public static Parser<T> ByKind<T>(string expectation, params (LineKind Kind, Parser<T> Rule)[] rules)
    {
        var table = new Parser<T>?[Enum.GetValues<LineKind>().Length];
        foreach (var (kind, rule) in rules)
        {
            table[(int)kind] = rule;
        }

        var failure = Failure(expectation);
        return [MethodImpl(MethodImplOptions.AggressiveOptimization)] (IInput input) => input is LineInput { AtEnd: false } lines && table[(int)lines.CurrentLine.Kind] is { } rule
            ? rule(input)
            : failure.At<T>(input);
    }

    /// <summary>
    /// The items of several parsers in sequence, in one list; the first failure is the sequence's. Collected as they
    /// come rather than as nested lazy concatenations, which every article's items would otherwise be read through.
    /// </summary>
    public static Parser<IEnumerable<T>> Sequence<T>(params Parser<IEnumerable<T>>[] parts) =>
        (IInput input) =>
        {
            var items = new List<T>();
            var rest = input;
            foreach (var part in parts)
            {
                var result = part(rest);
                if (!result.WasSuccessful)
                {
                    return Result.Failure<IEnumerable<T>>(result.Remainder, result.Message, result.Expectations);
                }

                items.AddRange(result.Value);
                rest = result.Remainder;
            }

            return Result.Success<IEnumerable<T>>(items, rest);
        };

    /// <summary>
    /// Zero or more matches of <paramref name="parser"/>, their items in one list. The same as Sprache's <c>Many</c>
    /// flattened (it stops at a match that reads nothing), without a list of lists.
    /// </summary>
    public static Parser<IEnumerable<T>> ManyFlat<T>(this Parser<IEnumerable<T>> parser) =>
        (IInput input) =>
        {
            var items = new List<T>();
            var rest = input;
            var result = parser(input);
            while (result.WasSuccessful && !rest.Equals(result.Remainder))
            {
                items.AddRange(result.Value);
                rest = result.Remainder;
                result = parser(rest);
            }

            return Result.Success<IEnumerable<T>>(items, rest);
        };

    /// <summary>An optional sequence: the items of <paramref name="parser"/> when it matches, none when it does not.</summary>
    public static Parser<IEnumerable<T>> MaybeFlat<T>(this Parser<IEnumerable<T>> parser) => input =>
    {
        var result = parser(input);
        return result.WasSuccessful ? result : Result.Success<IEnumerable<T>>([], input);
    };

    /// <summary>One item as a sequence of one.</summary>
    public static Parser<IEnumerable<T>> One<T>(this Parser<T> parser) => parser.Select(item => (IEnumerable<T>)[item]);

    /// <summary>A failure's message and expectations, made once per parser rather than once per line it rejects.</summary>
    private static (string Message, string[] Expectations) Failure(string expectation) => ($"expected {expectation}", [expectation]);

    private static IResult<T> At<T>(this (string Message, string[] Expectations) failure, IInput input) =>
        Result.Failure<T>(input, failure.Message, failure.Expectations);
}
