using Sprache;

namespace Dicta.Extraction.Layout;

/// <summary>The primitive parsers of the article grammar: one line that satisfies a predicate.</summary>
internal static class LineParsers
{
    /// <summary>One line for which <paramref name="predicate"/> holds.</summary>
    public static Parser<ArticleLine> Line(Func<ArticleLine, LayoutContext, bool> predicate, string expectation) => input =>
        input is LineInput lines && !lines.AtEnd && predicate(lines.CurrentLine, lines.Context)
            ? Result.Success(lines.CurrentLine, lines.Advance())
            : Result.Failure<ArticleLine>(input, $"expected {expectation}", [expectation]);

    /// <summary>One line for which <paramref name="read"/> gives a value; the line and the value.</summary>
    public static Parser<(ArticleLine Line, T Value)> LineWith<T>(Func<ArticleLine, LayoutContext, T?> read, string expectation)
        where T : class => input =>
    {
        if (input is LineInput lines && !lines.AtEnd && read(lines.CurrentLine, lines.Context) is { } value)
        {
            return Result.Success((lines.CurrentLine, value), lines.Advance());
        }

        return Result.Failure<(ArticleLine, T)>(input, $"expected {expectation}", [expectation]);
    };

    /// <summary>The items of several parsers in sequence, flattened.</summary>
    public static Parser<IEnumerable<T>> Sequence<T>(params Parser<IEnumerable<T>>[] parts) =>
        parts.Aggregate(
            Parse.Return(Enumerable.Empty<T>()),
            (sequence, part) => from before in sequence from after in part select before.Concat(after));

    /// <summary>Zero or more matches of <paramref name="parser"/>, their items flattened.</summary>
    public static Parser<IEnumerable<T>> ManyFlat<T>(this Parser<IEnumerable<T>> parser) => parser.Many().Select(items => items.SelectMany(i => i));

    /// <summary>An optional sequence: the items of <paramref name="parser"/> when it matches, none when it does not.</summary>
    public static Parser<IEnumerable<T>> MaybeFlat<T>(this Parser<IEnumerable<T>> parser) => parser.Maybe().Select(items => items.SelectMany(i => i));

    /// <summary>One item as a sequence of one.</summary>
    public static Parser<IEnumerable<T>> One<T>(this Parser<T> parser) => parser.Select(item => (IEnumerable<T>)[item]);
}
