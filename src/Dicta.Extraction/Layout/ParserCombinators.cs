using Sprache;

namespace Dicta.Extraction.Layout;

/// <summary>
/// <c>Or</c>, <c>Repeat</c> and <c>End</c> for the layout grammars. Being declared in this namespace, they are the ones
/// the compiler binds those calls to here, ahead of Sprache's own (as with <see cref="ParserQueries"/>). They match
/// and fail exactly where Sprache's do, and a failure stands where Sprache's would; but they build no error text:
/// Sprache's join the expectations of failed alternatives and format messages on every failure, and the grammars
/// fail on most lines they try, while nothing reads those messages.
/// </summary>
internal static class ParserCombinators
{
    private static readonly string[] EndExpectation = ["end of input"];

    /// <summary>
    /// <paramref name="first"/>, or <paramref name="second"/> where it fails (or matches without reading anything and
    /// <paramref name="second"/> matches). When both fail, the failure that got further, the first one on a tie.
    /// </summary>
    public static Parser<T> Or<T>(this Parser<T> first, Parser<T> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return input =>
        {
            var firstResult = first(input);
            if (firstResult.WasSuccessful && !firstResult.Remainder.Equals(input))
            {
                return firstResult;
            }

            var secondResult = second(input);
            return secondResult.WasSuccessful || (!firstResult.WasSuccessful && secondResult.Remainder.Position > firstResult.Remainder.Position)
                ? secondResult
                : firstResult;
        };
    }

    /// <summary>
    /// <paramref name="parser"/> as many times as it matches, up to <paramref name="maximum"/>; a failure where it
    /// started when that is fewer than <paramref name="minimum"/>.
    /// </summary>
    public static Parser<IEnumerable<T>> Repeat<T>(this Parser<T> parser, int minimum, int maximum)
    {
        ArgumentNullException.ThrowIfNull(parser);
        var expectations = new[] { $"between {minimum} and {maximum} times" };
        return input =>
        {
            var items = new List<T>();
            var rest = input;
            while (items.Count < maximum && parser(rest) is { WasSuccessful: true } result)
            {
                items.Add(result.Value);
                rest = result.Remainder;
            }

            return items.Count < minimum
                ? Result.Failure<IEnumerable<T>>(input, "too few matches", expectations)
                : Result.Success<IEnumerable<T>>(items, rest);
        };
    }

    /// <summary><paramref name="parser"/>, where it reads to the end of the input; a failure where it stopped otherwise.</summary>
    public static Parser<T> End<T>(this Parser<T> parser)
    {
        ArgumentNullException.ThrowIfNull(parser);
        return input =>
        {
            var result = parser(input);
            return !result.WasSuccessful || result.Remainder.AtEnd ? result : Result.Failure<T>(result.Remainder, "expected end of input", EndExpectation);
        };
    }
}
