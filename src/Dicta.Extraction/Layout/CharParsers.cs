using Dicta.Model.Text;
using Sprache;

namespace Dicta.Extraction.Layout;

/// <summary>
/// Character-level building blocks shared by the line grammars, and the helpers that run them. Every line grammar
/// runs on a bounded piece of a line (see <see cref="TextShape"/>), so Sprache's per-character cost stays linear
/// in the size of the article.
/// </summary>
/// <remarks>
/// The primitives here (characters, runs of characters, numbers, keywords) match what Sprache's <c>Parse.Char</c>,
/// <c>Many().Text()</c>, <c>Repeat</c>, <c>IgnoreCase</c> and <c>Not</c> match, but read their characters in one
/// step and make their failures once, not on every character they reject: the line grammars try several of them at
/// every word of every candidate line, and Sprache's own spend most of their time building failure messages.
/// </remarks>
internal static class CharParsers
{
    /// <summary>One or more spaces inside a line: space, tab, no-break space and the other Unicode spaces.</summary>
    public static readonly Parser<string> Spaces = CharRun(IsSpace, 1, "space");

    /// <summary>Any number of spaces.</summary>
    public static readonly Parser<string> OptionalSpaces = CharRun(IsSpace, 0, "space");

    /// <summary>One or more letters, as a string.</summary>
    public static readonly Parser<string> Letters = CharRun(char.IsLetter, 1, "letter");

    /// <summary>Succeeds, consuming nothing, when no letter or digit comes next: the end of a word.</summary>
    public static readonly Parser<bool> WordEnd = NotAhead(char.IsLetterOrDigit, "end of word");

    /// <summary>A capital letter.</summary>
    public static readonly Parser<char> Upper = Char(char.IsUpper, "capital");

    /// <summary>A colon.</summary>
    public static readonly Parser<char> Colon = Char(':');

    /// <summary>A dash as separators are written: two hyphens, or a hyphen, figure dash, en dash, em dash or horizontal bar.</summary>
    public static readonly Parser<string> Dash = DashMark();

    /// <summary>True for a space inside a line (a white-space character that does not break the line).</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) && !SourceText.IsLineBreak(c);

    /// <summary>One character for which <paramref name="predicate"/> holds.</summary>
    public static Parser<char> Char(Func<char, bool> predicate, string expectation)
    {
        var failure = Failure(expectation);
        return input => !input.AtEnd && predicate(input.Current) ? Result.Success(input.Current, input.Advance()) : failure.At<char>(input);
    }

    /// <summary>The character <paramref name="c"/>.</summary>
    public static Parser<char> Char(char c) => Char(x => x == c, c.ToString());

    /// <summary>
    /// The longest run of at least <paramref name="min"/> (and at most <paramref name="max"/>) characters for which
    /// <paramref name="predicate"/> holds, as a string: <c>Repeat(min, max).Text()</c> (or <c>Many</c>,
    /// <c>AtLeastOnce</c>) of a character parser, in one step.
    /// </summary>
    public static Parser<string> CharRun(Func<char, bool> predicate, int min, string expectation, int max = int.MaxValue)
    {
        var failure = Failure(expectation);
        return input =>
        {
            var source = input.Source;
            var start = input.Position;
            var end = start;
            while (end < source.Length && end - start < max && predicate(source[end]))
            {
                end++;
            }

            return end - start < min ? failure.At<string>(input) : Result.Success(source[start..end], Skip(input, end - start));
        };
    }

    /// <summary>Succeeds, consuming nothing, unless the next character satisfies <paramref name="predicate"/>.</summary>
    public static Parser<bool> NotAhead(Func<char, bool> predicate, string expectation)
    {
        var failure = Failure(expectation);
        return input => input.AtEnd || !predicate(input.Current) ? Result.Success(true, input) : failure.At<bool>(input);
    }

    /// <summary>Succeeds, consuming nothing, when <paramref name="parser"/> fails; fails when it succeeds.</summary>
    public static Parser<bool> NotAhead<T>(this Parser<T> parser, string expectation)
    {
        var failure = Failure(expectation);
        return input => parser(input).WasSuccessful ? failure.At<bool>(input) : Result.Success(true, input);
    }

    /// <summary>Exactly <paramref name="count"/> ASCII digits, whatever follows them ("+0300" is hours then minutes).</summary>
    public static Parser<int> Digits(int count) => DigitRun(count, count, followedByDigit: true);

    /// <summary>A number of <paramref name="min"/> to <paramref name="max"/> ASCII digits, not followed by another digit.</summary>
    public static Parser<int> Number(int min, int max) => DigitRun(min, max, followedByDigit: false);

    /// <summary>
    /// A word, matched without regard to case (character by character, as Sprache's <c>IgnoreCase</c> does), that is
    /// not followed by a letter or digit; its text as written.
    /// </summary>
    public static Parser<string> Keyword(string word)
    {
        var failure = Failure(word);
        var lower = word.Select(char.ToLowerInvariant).ToArray();
        return input =>
        {
            var source = input.Source;
            var start = input.Position;
            if (source.Length - start < lower.Length)
            {
                return failure.At<string>(input);
            }

            for (var i = 0; i < lower.Length; i++)
            {
                if (char.ToLowerInvariant(source[start + i]) != lower[i])
                {
                    return failure.At<string>(input);
                }
            }

            var end = start + lower.Length;
            return end < source.Length && char.IsLetterOrDigit(source[end])
                ? failure.At<string>(input)
                : Result.Success(source.Substring(start, lower.Length), Skip(input, lower.Length));
        };
    }

    /// <summary>The first of <paramref name="words"/> that matches as a <see cref="Keyword"/>; list longer words first.</summary>
    public static Parser<string> AnyKeyword(IEnumerable<string> words) => words.Select(Keyword).Aggregate((a, b) => a.Or(b));

    /// <summary>The text <paramref name="literal"/>, exactly.</summary>
    public static Parser<string> Literal(string literal)
    {
        var failure = Failure(literal);
        return input => input.Source.AsSpan(input.Position).StartsWith(literal, StringComparison.Ordinal)
            ? Result.Success(literal, Skip(input, literal.Length))
            : failure.At<string>(input);
    }

    /// <summary>
    /// A whole word of letters that is one of <paramref name="words"/> (compared as the set compares). One dictionary
    /// look-up instead of a chain of alternatives: month names and labels are tried on every short line.
    /// </summary>
    public static Parser<string> WordIn(IReadOnlySet<string> words, string expectation)
    {
        var failure = Failure(expectation);
        return input =>
        {
            var result = Letters(input);
            return result.WasSuccessful && words.Contains(result.Value) ? result : failure.At<string>(input);
        };
    }

    /// <summary>
    /// <paramref name="item"/> one or more times, <paramref name="delimiter"/> between each two; at least
    /// <paramref name="min"/> and at most <paramref name="max"/> items. What Sprache's <c>DelimitedBy</c> reads, with
    /// its parts built once rather than on every call.
    /// </summary>
    public static Parser<IEnumerable<T>> SeparatedBy<T, TDelimiter>(this Parser<T> item, Parser<TDelimiter> delimiter, int min = 1, int max = int.MaxValue)
    {
        var next = from separator in delimiter from value in item select value;
        var tail = max == int.MaxValue ? next.Many() : next.Repeat(min - 1, max - 1);
        return from head in item from rest in tail select rest.Prepend(head);
    }

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
        where T : struct
    {
        var failure = Failure(expectation);
        return input =>
        {
            var result = parser(input);
            return result.WasSuccessful && result.Value is { } value ? Result.Success(value, result.Remainder) : failure.At<T>(input);
        };
    }

    /// <summary>
    /// Runs <paramref name="parser"/> on <paramref name="text"/>; its value, or default when it fails. To match the
    /// whole text, pass a parser built with <c>End()</c> once (building it per call would cost more than the parse).
    /// </summary>
    public static T? Value<T>(Parser<T> parser, string text)
    {
        var result = parser(new TextInput(text));
        return result.WasSuccessful ? result.Value : default;
    }

    /// <summary>Runs <paramref name="parser"/> on the start of <paramref name="text"/>; the value and the length it matched.</summary>
    public static (T Value, int Length)? Prefix<T>(Parser<T> parser, string text)
    {
        var result = parser(new TextInput(text));
        return result.WasSuccessful ? (result.Value, result.Remainder.Position) : null;
    }

    /// <summary>
    /// <paramref name="min"/> to <paramref name="max"/> ASCII digits (not any Unicode digit: dates are written with
    /// these) as a number; unless <paramref name="followedByDigit"/>, not followed by another digit.
    /// </summary>
    private static Parser<int> DigitRun(int min, int max, bool followedByDigit)
    {
        var failure = Failure("digit");
        return input =>
        {
            var source = input.Source;
            var start = input.Position;
            var end = start;
            var value = 0;
            while (end < source.Length && end - start < max && char.IsAsciiDigit(source[end]))
            {
                value = (value * 10) + (source[end++] - '0');
            }

            return end - start < min || (!followedByDigit && end < source.Length && char.IsAsciiDigit(source[end]))
                ? failure.At<int>(input)
                : Result.Success(value, Skip(input, end - start));
        };
    }

    private static Parser<string> DashMark()
    {
        var failure = Failure("dash");
        return input =>
        {
            var rest = input.Source.AsSpan(input.Position);
            return rest.StartsWith("--", StringComparison.Ordinal) ? Result.Success("--", Skip(input, 2))
                : !rest.IsEmpty && rest[0] is '-' or '\u2012' or '\u2013' or '\u2014' or '\u2015' ? Result.Success(rest[0].ToString(), input.Advance())
                : failure.At<string>(input);
        };
    }

    /// <summary>The input <paramref name="count"/> characters on: in one step on a <see cref="TextInput"/>.</summary>
    private static IInput Skip(IInput input, int count)
    {
        if (input is TextInput text)
        {
            return text.Skip(count);
        }

        for (var i = 0; i < count; i++)
        {
            input = input.Advance();
        }

        return input;
    }

    /// <summary>A failure's message and expectations, made once per parser rather than once per character it rejects.</summary>
    private static (string Message, string[] Expectations) Failure(string expectation) => ($"expected {expectation}", [expectation]);

    private static IResult<T> At<T>(this (string Message, string[] Expectations) failure, IInput input) =>
        Result.Failure<T>(input, failure.Message, failure.Expectations);
}
