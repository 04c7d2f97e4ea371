using Sprache;

namespace Dicta.Extraction.Layout;

/// <summary>
/// The query operators (<c>from … in … select</c>, <c>where</c>, <c>Select</c>) for Sprache parsers that the layout
/// grammars are written with. Being declared in this namespace, they are the ones the compiler binds those queries to
/// here, ahead of Sprache's own. They mean what Sprache's mean: the parts run in sequence, a failure is the failing
/// part's, and a <c>where</c> that rejects a value fails where its parser started. But they take one step per part,
/// where Sprache builds a new parser, closures and an extra result on every step of every parse: most of the cost of
/// Sprache on the short lines that meta lines, dates and datelines are.
/// </summary>
internal static class ParserQueries
{
    /// <summary>The value of <paramref name="parser"/>, converted.</summary>
    public static Parser<TResult> Select<T, TResult>(this Parser<T> parser, Func<T, TResult> convert)
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(convert);
        return input =>
        {
            var result = parser(input);
            return result.WasSuccessful ? Result.Success(convert(result.Value), result.Remainder) : Failed<T, TResult>(result);
        };
    }

    /// <summary><paramref name="parser"/>, then the parser <paramref name="next"/> picks for its value; both values, projected.</summary>
    public static Parser<TResult> SelectMany<T, TNext, TResult>(this Parser<T> parser, Func<T, Parser<TNext>> next, Func<T, TNext, TResult> project)
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(next);
        ArgumentNullException.ThrowIfNull(project);
        return input =>
        {
            var first = parser(input);
            if (!first.WasSuccessful)
            {
                return Failed<T, TResult>(first);
            }

            var second = next(first.Value)(first.Remainder);
            return second.WasSuccessful ? Result.Success(project(first.Value, second.Value), second.Remainder) : Failed<TNext, TResult>(second);
        };
    }

    /// <summary>The values of <paramref name="parser"/> for which <paramref name="predicate"/> holds; otherwise a failure where it started.</summary>
    public static Parser<T> Where<T>(this Parser<T> parser, Func<T, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(predicate);
        return input =>
        {
            var result = parser(input);
            return !result.WasSuccessful || predicate(result.Value) ? result : Result.Failure<T>(input, "unexpected value", []);
        };
    }

    private static IResult<TResult> Failed<T, TResult>(IResult<T> failure) =>
        Result.Failure<TResult>(failure.Remainder, failure.Message, failure.Expectations);
}
