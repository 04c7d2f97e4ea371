using System.Globalization;
using System.Text.RegularExpressions;

namespace Dicta.Query.Binding;

/// <summary>
/// A compiled regular expression of a query (<c>matches /pattern/flags</c>). It runs on the linear-time engine
/// (<see cref="RegexOptions.NonBacktracking"/>) unless the pattern needs backtracking (backreferences,
/// lookarounds); then it backtracks with a time limit per match.
/// </summary>
public sealed class QueryRegex
{
    /// <summary>The time a backtracking expression may take on one row.</summary>
    public static TimeSpan DefaultMatchTimeout { get; } = TimeSpan.FromSeconds(1);

    private QueryRegex(string pattern, string flags, Regex regex)
    {
        Pattern = pattern;
        Flags = flags;
        Regex = regex;
    }

    /// <summary>The pattern as written, without the slashes.</summary>
    public string Pattern { get; }

    /// <summary>The flags as written after the closing slash: any of <c>i m s x</c>.</summary>
    public string Flags { get; }

    /// <summary>The compiled expression.</summary>
    public Regex Regex { get; }

    /// <summary>True when the pattern needs the backtracking engine and so runs with <see cref="MatchTimeout"/>.</summary>
    public bool IsBacktracking => (Regex.Options & RegexOptions.NonBacktracking) == 0;

    /// <summary>The time limit of one match; infinite on the linear-time engine.</summary>
    public TimeSpan MatchTimeout => Regex.MatchTimeout;

    /// <summary>
    /// Compiles <paramref name="pattern"/>: case-insensitive and culture-invariant, on the linear-time engine when it
    /// can run the pattern. Returns null with the .NET message in <paramref name="error"/> when the pattern is invalid.
    /// </summary>
    /// <param name="pattern">The pattern.</param>
    /// <param name="flags">Flags: i (the default anyway), m multi-line, s single-line, x ignore pattern white space; others are ignored.</param>
    /// <param name="matchTimeout">The time limit of a backtracking match; <see cref="DefaultMatchTimeout"/> when null.</param>
    /// <param name="error">Why the pattern does not compile.</param>
    public static QueryRegex? TryCreate(string pattern, string flags, TimeSpan? matchTimeout, out string? error)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(flags);
        var options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | OptionsOf(flags);
        error = null;
        try
        {
            return new QueryRegex(pattern, flags, new Regex(pattern, options | RegexOptions.NonBacktracking));
        }
        catch (NotSupportedException)
        {
            // The linear-time engine refuses backreferences, lookarounds and the like: backtrack, but with a time limit.
        }
        catch (ArgumentException exception)
        {
            error = Reason(exception);
            return null;
        }

        try
        {
            return new QueryRegex(pattern, flags, new Regex(pattern, options, matchTimeout ?? DefaultMatchTimeout));
        }
        catch (ArgumentException exception)
        {
            error = Reason(exception);
            return null;
        }
    }

    /// <summary>The expression as written: <c>/pattern/flags</c>.</summary>
    public override string ToString() => $"/{Pattern}/{Flags}";

    /// <summary>
    /// Why a pattern does not compile, without the pattern itself: .NET quotes the whole pattern before the reason,
    /// and a message has no room for a long one.
    /// </summary>
    private static string Reason(ArgumentException exception)
    {
        if (exception is RegexParseException parse)
        {
            var marker = string.Create(CultureInfo.InvariantCulture, $"' at offset {parse.Offset}. ");
            var at = parse.Message.LastIndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                return string.Create(CultureInfo.InvariantCulture, $"{parse.Message[(at + marker.Length)..]} (at offset {parse.Offset})");
            }
        }

        return exception.Message;
    }

    private static RegexOptions OptionsOf(string flags)
    {
        var options = RegexOptions.None;
        foreach (var flag in flags)
        {
            options |= char.ToLowerInvariant(flag) switch
            {
                'm' => RegexOptions.Multiline,
                's' => RegexOptions.Singleline,
                'x' => RegexOptions.IgnorePatternWhitespace,
                _ => RegexOptions.None,
            };
        }

        return options;
    }
}
