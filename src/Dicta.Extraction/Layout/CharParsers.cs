using System.Globalization;
using Dicta.Model.Text;
using Sprache;

namespace Dicta.Extraction.Layout;

/// <summary>
/// Character-level building blocks shared by the line grammars, and the helpers that run them. Every line grammar
/// runs on a bounded piece of a line (see <see cref="TextShape"/>), so Sprache's per-character cost stays linear
/// in the size of the article.
/// </summary>
internal static class CharParsers
{
    /// <summary>An ASCII digit (not any Unicode digit: dates are written with these).</summary>
    public static readonly Parser<char> AsciiDigit = Parse.Char(c => c is >= '0' and <= '9', "digit");

    /// <summary>A space inside a line: space, tab, no-break space and the other Unicode spaces.</summary>
    public static readonly Parser<char> Space = Parse.Char(c => char.IsWhiteSpace(c) && !SourceText.IsLineBreak(c), "space");

    /// <summary>One or more spaces.</summary>
    public static readonly Parser<string> Spaces = Space.AtLeastOnce().Text();

    /// <summary>Any number of spaces.</summary>
    public static readonly Parser<string> OptionalSpaces = Space.Many().Text();

    /// <summary>A dash as separators are written: hyphen, figure dash, en dash, em dash, horizontal bar, or two hyphens.</summary>
    public static readonly Parser<string> Dash =
        Parse.String("--").Text().Or(Parse.Char(c => c is '-' or '\u2012' or '\u2013' or '\u2014' or '\u2015', "dash").Once().Text());

    /// <summary>Exactly <paramref name="count"/> ASCII digits, whatever follows them ("+0300" is hours then minutes).</summary>
    public static Parser<int> Digits(int count) =>
        AsciiDigit.Repeat(count, count).Text().Select(digits => int.Parse(digits, CultureInfo.InvariantCulture));

    /// <summary>A number of <paramref name="min"/> to <paramref name="max"/> ASCII digits, not followed by another digit.</summary>
    public static Parser<int> Number(int min, int max) =>
        from digits in AsciiDigit.Repeat(min, max).Text()
        from end in AsciiDigit.Not()
        select int.Parse(digits, CultureInfo.InvariantCulture);

    /// <summary>A word, matched without regard to case, that is not followed by a letter or digit.</summary>
    public static Parser<string> Keyword(string word) =>
        from text in Parse.IgnoreCase(word).Text()
        from end in Parse.LetterOrDigit.Not()
        select text;

    /// <summary>The first of <paramref name="words"/> that matches as a <see cref="Keyword"/>; list longer words first.</summary>
    public static Parser<string> AnyKeyword(IEnumerable<string> words) => words.Select(Keyword).Aggregate((a, b) => a.Or(b));

    /// <summary>
    /// A whole word of letters that is one of <paramref name="words"/> (compared as the set compares). One dictionary
    /// look-up instead of a chain of alternatives: month names and labels are tried on every short line.
    /// </summary>
    public static Parser<string> WordIn(IReadOnlySet<string> words, string expectation) => input =>
    {
        var result = Parse.Letter.AtLeastOnce().Text()(input);
        return result.WasSuccessful && words.Contains(result.Value)
            ? result
            : Result.Failure<string>(input, $"expected {expectation}", [expectation]);
    };

    /// <summary>Succeeds without consuming when <paramref name="parser"/> succeeds, and fails when it fails.</summary>
    public static Parser<T> Ahead<T>(this Parser<T> parser) => input =>
    {
        var result = parser(input);
        return result.WasSuccessful ? Result.Success(result.Value, input) : Result.Failure<T>(input, result.Message, result.Expectations);
    };

    /// <summary>
    /// An optional <paramref name="parser"/> that yields zero or one values and, when the parser fails after consuming
    /// input, starts again where it began (Sprache's own Optional keeps the failed parser's position).
    /// </summary>
    public static Parser<IEnumerable<T>> Maybe<T>(this Parser<T> parser) => input =>
    {
        var result = parser(input);
        return result.WasSuccessful
            ? Result.Success<IEnumerable<T>>([result.Value], result.Remainder)
            : Result.Success<IEnumerable<T>>([], input);
    };

    /// <summary>The values of <paramref name="parser"/> that are not null; a null value is a failure to match.</summary>
    public static Parser<T> NotNull<T>(this Parser<T?> parser, string expectation)
        where T : struct => input =>
    {
        var result = parser(input);
        return result.WasSuccessful && result.Value is { } value
            ? Result.Success(value, result.Remainder)
            : Result.Failure<T>(input, $"expected {expectation}", [expectation]);
    };

    /// <summary>Runs <paramref name="parser"/> on the whole of <paramref name="text"/>; the value, or default when it does not match all of it.</summary>
    public static T? Whole<T>(Parser<T> parser, string text)
    {
        var result = parser.End().TryParse(text);
        return result.WasSuccessful ? result.Value : default;
    }

    /// <summary>Runs <paramref name="parser"/> on the start of <paramref name="text"/>; the value and the length it matched.</summary>
    public static (T Value, int Length)? Prefix<T>(Parser<T> parser, string text)
    {
        var result = parser.TryParse(text);
        return result.WasSuccessful ? (result.Value, result.Remainder.Position) : null;
    }
}
