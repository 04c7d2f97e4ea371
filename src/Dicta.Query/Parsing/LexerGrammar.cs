using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Dicta.Model.Text;
using Dicta.Query.Syntax;
using Pidgin;
using static Pidgin.Parser;

namespace Dicta.Query.Parsing;

/// <summary>
/// The token level of <c>grammar/query.ebnf</c> as Pidgin parsers over characters. The grammar never fails: every
/// character belongs to some lexeme, and characters that start no token become bad lexemes, so the lexemes always
/// tile the whole text. The parsers are built once (static readonly) and hold no state.
/// </summary>
/// <remarks>
/// <para>
/// The lexer runs on every query, so the parsers are shaped to fail cheaply: a Pidgin parser that fails after
/// recording what it expected (<c>Char</c>), or a choice (<c>Or</c>, <c>OneOf</c>, <c>Optional</c>, <c>Many</c>)
/// sets up pooled error bookkeeping on each use. Hence predicate tokens (<see cref="Is"/>) where a character may be
/// absent, runs of characters as <see cref="SkipWhile"/>, and choices only where the text really branches.
/// </para>
/// <para>
/// A regular expression is only read right after the keyword <c>matches</c> (and its trivia): the lexeme stream
/// remembers the previous token. Elsewhere <c>/</c> is a bad lexeme.
/// </para>
/// </remarks>
internal static class LexerGrammar
{
    private static bool IsDigit(char c) => char.IsAsciiDigit(c);

    private static bool IsWordStart(char c) => char.IsLetter(c);

    private static bool IsWordPart(char c) =>
        char.IsLetterOrDigit(c) || c == '_'
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsInlineWhiteSpace(char c) => char.IsWhiteSpace(c) && !SourceText.IsLineBreak(c);

    /// <summary>True for the characters that can start a lexeme other than a bad one.</summary>
    private static bool StartsLexeme(char c) =>
        char.IsWhiteSpace(c) || IsWordStart(c) || IsDigit(c) || c is '"' or '\'' or '$' or '(' or ')' or ',' or '.'
            or '=' or '!' or '<' or '>' or '-' or '/';

    private static bool IsNotLineBreak(char c) => !SourceText.IsLineBreak(c);

    private static bool IsBad(char c) => !StartsLexeme(c);

    private static Parser<char, Lexeme> Fixed(char c, SyntaxKind kind) => Char(c).ThenReturn(Lexeme.Of(kind, 1));

    /// <summary>The character <paramref name="c"/>; unlike <c>Char</c>, failing records no expected token (nothing reads it).</summary>
    private static Parser<char, char> Is(char c) => Parser<char>.Token(x => x == c);

    /// <summary><c>{ c }</c> for the characters that satisfy <paramref name="predicate"/>.</summary>
    private static Parser<char, Unit> SkipWhile(Func<char, bool> predicate) => new SkipWhileParser(predicate);

    private static readonly Parser<char, char> Digit = Parser<char>.Token(IsDigit);

    private static readonly Parser<char, Lexeme> Whitespace =
        Parser<char>.Token(IsInlineWhiteSpace).Then(SkipWhile(IsInlineWhiteSpace))
            .MapWithInput((span, _) => Lexeme.Of(SyntaxKind.WhitespaceTrivia, span.Length));

    private static readonly Parser<char, Lexeme> EndOfLine =
        Is('\r').Then(Is('\n').Optional()).IgnoreResult()
            .Or(Parser<char>.Token(SourceText.IsLineBreak).IgnoreResult())
            .MapWithInput((span, _) => Lexeme.Of(SyntaxKind.EndOfLineTrivia, span.Length));

    /// <summary><c>--</c> up to the end of the line; a lone <c>-</c> is a bad lexeme.</summary>
    private static readonly Parser<char, Lexeme> DashOrComment =
        Char('-').Then(Is('-').Then(SkipWhile(IsNotLineBreak)).Optional())
            .MapWithInput((span, _) => Lexeme.Of(span.Length == 1 ? SyntaxKind.BadToken : SyntaxKind.LineCommentTrivia, span.Length));

    private static readonly Parser<char, Unit> WordShape = Parser<char>.Token(IsWordStart).Then(SkipWhile(IsWordPart));

    /// <summary>A keyword or an identifier; <c>true</c> and <c>false</c> carry their value.</summary>
    private static readonly Parser<char, Lexeme> Word = WordShape.MapWithInput((span, _) => ClassifyWord(span));

    /// <summary><c>$name</c>; a lone <c>$</c> is a bad lexeme.</summary>
    private static readonly Parser<char, Lexeme> Parameter =
        Char('$').Then(WordShape.Optional()).MapWithInput((span, _) => span.Length == 1
            ? Lexeme.Of(SyntaxKind.BadToken, 1)
            : new Lexeme(SyntaxKind.ParameterToken, span.Length, span[1..].ToString(), []));

    private static readonly Parser<char, Unit> Digits = Digit.Then(SkipWhile(IsDigit));

    /// <summary><c>digit , digit</c>: a fixed count of digits, without building the string <c>Repeat</c> would.</summary>
    private static readonly Parser<char, char> TwoDigits = Digit.Then(Digit);

    /// <summary>A date (read before a number: <c>2022-09-15</c> is one date) or a number.</summary>
    private static readonly Parser<char, Lexeme> DateOrNumber = OneOf(
        Try(TwoDigits.Then(TwoDigits).Then(Is('-')).Then(TwoDigits).Then(Is('-')).Then(TwoDigits))
            .MapWithInput((span, _) => ClassifyDate(span)),
        Digits.Then(Try(Is('.').Then(Digits)).Optional()).MapWithInput((span, _) => ClassifyNumber(span)));

    /// <summary>A backslash and the character it escapes (none at the end of a line).</summary>
    private static readonly Parser<char, Unit> Escape = Is('\\').Then(Parser<char>.Token(IsNotLineBreak).Optional()).IgnoreResult();

    /// <summary>
    /// A body of <paramref name="plain"/> characters and escapes: runs of plain characters between escapes, so that
    /// the choice between the two is made once per escape, not once per character.
    /// </summary>
    private static Parser<char, Unit> EscapedBody(Func<char, bool> plain) =>
        SkipWhile(plain).Then(Escape.Then(SkipWhile(plain)).SkipMany());

    /// <summary>A string in <paramref name="quote"/>s; an unterminated one ends at the end of the line.</summary>
    private static Parser<char, Lexeme> QuotedString(char quote) =>
        Char(quote)
            .Then(EscapedBody(c => c != quote && c != '\\' && !SourceText.IsLineBreak(c)))
            .Then(Is(quote).Optional())
            .MapWithInput((span, _) => ClassifyString(span));

    private static readonly Parser<char, Lexeme> StringLiteral = QuotedString('"').Or(QuotedString('\''));

    /// <summary><c>/pattern/flags</c>; a backslash takes the next character with it, so <c>\/</c> does not close.</summary>
    private static readonly Parser<char, Lexeme> RegexLexeme =
        Char('/')
            .Then(EscapedBody(c => c != '/' && c != '\\' && !SourceText.IsLineBreak(c)))
            .Then(Is('/').Then(SkipWhile(char.IsLetterOrDigit)).Optional())
            .MapWithInput((span, _) => ClassifyRegex(span));

    /// <summary>An operator that may take a second character, <c>=</c>: <c>!=</c>, <c>&lt;=</c>, <c>&gt;=</c>.</summary>
    private static Parser<char, Lexeme> OrEquals(char first, SyntaxKind alone, SyntaxKind withEquals) =>
        Char(first).Then(Is('=').Optional()).MapWithInput((span, _) => Lexeme.Of(span.Length == 2 ? withEquals : alone, span.Length));

    /// <summary><c>!=</c>; a lone <c>!</c> is bad.</summary>
    private static readonly Parser<char, Lexeme> Bang = OrEquals('!', SyntaxKind.BadToken, SyntaxKind.BangEqualsToken);
    private static readonly Parser<char, Lexeme> Less = OrEquals('<', SyntaxKind.LessToken, SyntaxKind.LessEqualsToken);
    private static readonly Parser<char, Lexeme> Greater = OrEquals('>', SyntaxKind.GreaterToken, SyntaxKind.GreaterEqualsToken);

    /// <summary>A run of characters that start no token (a surrogate pair stays whole in it).</summary>
    private static readonly Parser<char, Lexeme> Bad =
        Parser<char>.Token(IsBad).Then(SkipWhile(IsBad)).MapWithInput((span, _) => Lexeme.Of(SyntaxKind.BadToken, span.Length));

    private static readonly Parser<char, Lexeme> OpenParen = Fixed('(', SyntaxKind.OpenParenToken);
    private static readonly Parser<char, Lexeme> CloseParen = Fixed(')', SyntaxKind.CloseParenToken);
    private static readonly Parser<char, Lexeme> Comma = Fixed(',', SyntaxKind.CommaToken);
    private static readonly Parser<char, Lexeme> Dot = Fixed('.', SyntaxKind.DotToken);
    private static readonly Parser<char, Lexeme> EqualsSign = Fixed('=', SyntaxKind.EqualsToken);
    private static readonly Parser<char, Lexeme> Slash = Fixed('/', SyntaxKind.BadToken);
    private static readonly Parser<char, Lexeme> DoubleQuoted = QuotedString('"');
    private static readonly Parser<char, Lexeme> SingleQuoted = QuotedString('\'');

    /// <summary>The lexemes of a whole text, in order; never fails.</summary>
    public static readonly Parser<char, List<Lexeme>> Lexemes = new LexemeStream();

    /// <summary>
    /// The lexeme grammar that can start with <paramref name="c"/>. The alternatives of the token rule start with
    /// distinct characters, so the first character picks one instead of trying each in turn.
    /// </summary>
    private static Parser<char, Lexeme> Choose(char c, bool afterMatches) => c switch
    {
        '/' => afterMatches ? RegexLexeme : Slash,
        '(' => OpenParen,
        ')' => CloseParen,
        ',' => Comma,
        '.' => Dot,
        '=' => EqualsSign,
        '!' => Bang,
        '<' => Less,
        '>' => Greater,
        '"' => DoubleQuoted,
        '\'' => SingleQuoted,
        '$' => Parameter,
        '-' => DashOrComment,
        _ when SourceText.IsLineBreak(c) => EndOfLine,
        _ when char.IsWhiteSpace(c) => Whitespace,
        _ when IsDigit(c) => DateOrNumber,
        _ when IsWordStart(c) => Word,
        _ => Bad,
    };

    /// <summary>
    /// The token rule applied until the input ends. It knows the previous token, which is how a regular expression is
    /// read only after <c>matches</c> (trivia in between is allowed): everywhere else <c>/</c> is a bad lexeme.
    /// </summary>
    private sealed class LexemeStream : Parser<char, List<Lexeme>>
    {
        public override bool TryParse(ref ParseState<char> state, ref PooledList<Expected<char>> expecteds, out List<Lexeme> result)
        {
            // About one lexeme per three characters in a typical query (words, spaces, operators).
            result = new List<Lexeme>(Math.Max(4, state.LookAhead(1024).Length / 3));
            var afterMatches = false;
            while (state.HasCurrent)
            {
                if (!Choose(state.Current, afterMatches).TryParse(ref state, ref expecteds, out var lexeme))
                {
                    return false;
                }

                // Only the failure of the whole parse reports what was expected; the alternatives tried inside a lexeme are noise.
                expecteds.Clear();
                result.Add(lexeme);
                if (!SyntaxFacts.IsTrivia(lexeme.Kind))
                {
                    afterMatches = lexeme.Kind == SyntaxKind.MatchesKeyword;
                }
            }

            return true;
        }
    }

    /// <summary>The values of <c>true</c> and <c>false</c>, boxed once.</summary>
    private static readonly object True = true, False = false;

    private static Lexeme ClassifyWord(ReadOnlySpan<char> span)
    {
        var kind = SyntaxFacts.GetKeywordKind(span) ?? SyntaxKind.IdentifierToken;
        var value = kind switch
        {
            SyntaxKind.TrueKeyword => True,
            SyntaxKind.FalseKeyword => False,
            _ => null,
        };
        return new Lexeme(kind, span.Length, value, []);
    }

    /// <summary>
    /// <c>yyyy-MM-dd</c> (the grammar has checked the digits and dashes): the date when it exists, the year being at
    /// least 1, as <see cref="DateOnly.TryParseExact(ReadOnlySpan{char}, ReadOnlySpan{char}, IFormatProvider?, DateTimeStyles, out DateOnly)"/>
    /// reads it, without its format machinery.
    /// </summary>
    private static Lexeme ClassifyDate(ReadOnlySpan<char> span)
    {
        var year = ((((span[0] - '0') * 10) + (span[1] - '0')) * 100) + ((span[2] - '0') * 10) + (span[3] - '0');
        var month = ((span[5] - '0') * 10) + (span[6] - '0');
        var day = ((span[8] - '0') * 10) + (span[9] - '0');
        if (year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            return new Lexeme(SyntaxKind.DateLiteralToken, span.Length, new DateOnly(year, month, day), []);
        }

        return new Lexeme(SyntaxKind.DateLiteralToken, span.Length, null, [new LexicalError(SyntaxDiagnostics.InvalidDate, 0, span.Length, span.ToString())]);
    }

    private static Lexeme ClassifyNumber(ReadOnlySpan<char> span)
    {
        if (decimal.TryParse(span, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return new Lexeme(SyntaxKind.NumberLiteralToken, span.Length, number, []);
        }

        var approximate = double.Parse(span, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        var shown = span.Length <= 40 ? span.ToString() : string.Concat(span[..20], "…", span[^10..]);
        return new Lexeme(SyntaxKind.NumberLiteralToken, span.Length, approximate, [new LexicalError(SyntaxDiagnostics.NumberTooLarge, 0, span.Length, shown)]);
    }

    private static Lexeme ClassifyString(ReadOnlySpan<char> span)
    {
        var quote = span[0];
        var terminated = span.Length >= 2 && span[^1] == quote && !EndsInEscape(span[..^1]);
        var body = terminated ? span[1..^1] : span[1..];
        if (terminated && !body.Contains('\\'))
        {
            // Most strings: nothing to resolve and nothing wrong.
            return new Lexeme(SyntaxKind.StringLiteralToken, span.Length, body.ToString(), []);
        }

        var errors = ImmutableArray.CreateBuilder<LexicalError>();
        var value = new StringBuilder(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c != '\\')
            {
                value.Append(c);
                continue;
            }

            if (i + 1 >= body.Length)
            {
                errors.Add(new LexicalError(SyntaxDiagnostics.InvalidEscape, 1 + i, 1, "\\"));
                break;
            }

            var next = body[i + 1];
            switch (next)
            {
                case '"' or '\'' or '\\':
                    value.Append(next);
                    i++;
                    break;
                case 'n':
                    value.Append('\n');
                    i++;
                    break;
                case 't':
                    value.Append('\t');
                    i++;
                    break;
                case 'r':
                    value.Append('\r');
                    i++;
                    break;
                case 'u' when i + 5 < body.Length && IsHex(body.Slice(i + 2, 4)):
                    value.Append((char)int.Parse(body.Slice(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
                    i += 5;
                    break;
                default:
                    // A bad \u escape covers the hex digits that follow it and no more: what comes after is read
                    // again, and a diagnostic of its own (another escape) must not overlap this one.
                    var length = 2;
                    while (next == 'u' && length < 6 && i + length < body.Length && char.IsAsciiHexDigit(body[i + length]))
                    {
                        length++;
                    }

                    errors.Add(new LexicalError(SyntaxDiagnostics.InvalidEscape, 1 + i, length, body.Slice(i, length).ToString()));
                    value.Append(next);
                    i++;
                    break;
            }
        }

        if (!terminated)
        {
            var shown = quote == '"' ? "'\"'" : "\"'\"";
            errors.Add(new LexicalError(SyntaxDiagnostics.UnterminatedString, 0, span.Length, shown));
        }

        return new Lexeme(SyntaxKind.StringLiteralToken, span.Length, value.ToString(), errors.DrainToImmutable());
    }

    /// <summary>True when the text ends in an odd number of backslashes, so its last character is escaped.</summary>
    private static bool EndsInEscape(ReadOnlySpan<char> text)
    {
        var count = 0;
        for (var i = text.Length - 1; i >= 0 && text[i] == '\\'; i--)
        {
            count++;
        }

        return count % 2 == 1;
    }

    private static bool IsHex(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static Lexeme ClassifyRegex(ReadOnlySpan<char> span)
    {
        var close = FindClosingSlash(span);
        if (close < 0)
        {
            return new Lexeme(SyntaxKind.RegexLiteralToken, span.Length, new RegexLiteral(span[1..].ToString(), string.Empty),
                [new LexicalError(SyntaxDiagnostics.UnterminatedRegex, 0, span.Length, string.Empty)]);
        }

        var flags = span[(close + 1)..];
        var errors = ImmutableArray.CreateBuilder<LexicalError>();
        for (var i = 0; i < flags.Length; i++)
        {
            if (flags[i] is not ('i' or 'm' or 's' or 'x'))
            {
                errors.Add(new LexicalError(SyntaxDiagnostics.InvalidRegexFlag, close + 1 + i, 1, flags[i].ToString()));
            }
        }

        return new Lexeme(SyntaxKind.RegexLiteralToken, span.Length, new RegexLiteral(span[1..close].ToString(), flags.ToString()), errors.DrainToImmutable());
    }

    /// <summary>The offset of the slash that closes a regular expression, or -1 when it is unterminated.</summary>
    private static int FindClosingSlash(ReadOnlySpan<char> span)
    {
        for (var i = 1; i < span.Length; i++)
        {
            if (span[i] == '\\')
            {
                i++;
            }
            else if (span[i] == '/')
            {
                return i;
            }
        }

        return -1;
    }
}
