using System.Globalization;
using System.Text;
using Dicta.Model.Text;
using Dicta.Query.Syntax;
using FsCheck;
using FsCheck.Fluent;

namespace Dicta.Query.Testing.Generation;

/// <summary>Literal tokens written the ways the lexer reads them: either quote, escapes where needed and sometimes where not.</summary>
internal static class Literals
{
    /// <summary>A string literal of <paramref name="value"/>, in double or single quotes.</summary>
    public static Gen<Fragment> String(string value) =>
        from quote in Gen.Elements('"', '\'')
        from escapes in Gen.ArrayOf(Gen.Frequency((24, Gen.Constant(false)), (1, Gen.Constant(true))), value.Length)
        select Fragment.Token(SyntaxKind.StringLiteralToken, Quote(value, quote, escapes));

    /// <summary>A number literal: digits, maybe a fraction; never negative (the language has no minus).</summary>
    public static Fragment Number(decimal value) =>
        Fragment.Token(SyntaxKind.NumberLiteralToken, Math.Abs(value).ToString(CultureInfo.InvariantCulture));

    /// <summary>A date literal: <c>2022-09-15</c>.</summary>
    public static Fragment Date(DateOnly value) =>
        Fragment.Token(SyntaxKind.DateLiteralToken, value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary><c>true</c> or <c>false</c>.</summary>
    public static Fragment Boolean(bool value) =>
        Fragment.Token(value ? SyntaxKind.TrueKeyword : SyntaxKind.FalseKeyword, value ? "true" : "false");

    /// <summary>A regular expression literal <c>/pattern/flags</c>; a slash in the pattern is escaped.</summary>
    public static Fragment Regex(RegexLiteral regex) =>
        Fragment.Token(SyntaxKind.RegexLiteralToken, $"/{EscapeSlashes(regex.Pattern)}/{regex.Flags}");

    /// <summary><c>$name</c>.</summary>
    public static Fragment Parameter(string name) => Fragment.Token(SyntaxKind.ParameterToken, "$" + name);

    /// <summary>A literal of a host value: text, a number, a date or a boolean; null for other values.</summary>
    public static Gen<Fragment>? Of(object value) => value switch
    {
        string text => String(text),
        bool flag => Gen.Constant(Boolean(flag)),
        DateOnly date => Gen.Constant(Date(date)),
        _ when AsNumber(value) is { } number => Gen.Constant(Number(number)),
        _ => null,
    };

    /// <summary>An integral or decimal host value as a decimal, as the binder reads parameters.</summary>
    public static decimal? AsNumber(object value) => value switch
    {
        decimal d => d,
        int or long or short or byte or sbyte or ushort or uint or ulong => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
        _ => null,
    };

    private static string Quote(string value, char quote, bool[] escapes)
    {
        var builder = new StringBuilder(value.Length + 2).Append(quote);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\':
                    builder.Append(@"\\");
                    break;
                case '\n':
                    builder.Append(@"\n");
                    break;
                case '\r':
                    builder.Append(@"\r");
                    break;
                case '\t' when escapes[i]:
                    builder.Append(@"\t");
                    break;
                case '"' or '\'' when c == quote || escapes[i]:
                    builder.Append('\\').Append(c);
                    break;
                default:
                    if (SourceText.IsLineBreak(c) || escapes[i])
                    {
                        builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append(quote).ToString();
    }

    private static string EscapeSlashes(string pattern)
    {
        var builder = new StringBuilder(pattern.Length);
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\' && i + 1 < pattern.Length)
            {
                builder.Append(pattern, i, 2);
                i++;
            }
            else
            {
                builder.Append(pattern[i] == '/' ? @"\/" : pattern[i]);
            }
        }

        return builder.ToString();
    }
}
