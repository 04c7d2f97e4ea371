using System.Collections.Immutable;
using System.Text;

namespace Dicta.Extraction.Lexicons;

/// <summary>
/// Expands gazetteer patterns such as <c>{adjective} {title}</c>: every placeholder takes each of its values
/// in turn, so a pattern gives one phrase per combination. A pattern with a placeholder that has no values
/// gives nothing (a country without adjectives has no "{adjective} leader").
/// </summary>
internal static class PatternExpander
{
    /// <summary>Every phrase of <paramref name="pattern"/> with the values of its placeholders.</summary>
    public static IEnumerable<string> Expand(string pattern, IReadOnlyDictionary<string, ImmutableArray<string>> values)
    {
        var phrases = new List<StringBuilder> { new() };
        var position = 0;
        while (position < pattern.Length)
        {
            var open = pattern.IndexOf('{', position);
            if (open < 0)
            {
                Append(phrases, pattern[position..]);
                break;
            }

            var close = pattern.IndexOf('}', open);
            if (close < 0)
            {
                Append(phrases, pattern[position..]);
                break;
            }

            Append(phrases, pattern[position..open]);
            var name = pattern[(open + 1)..close];
            if (!values.TryGetValue(name, out var choices) || choices.IsDefaultOrEmpty)
            {
                return [];
            }

            phrases = [.. phrases.SelectMany(p => choices.Select(c => new StringBuilder(p.ToString()).Append(c)))];
            position = close + 1;
        }

        return phrases.Select(p => p.ToString().Trim()).Where(p => p.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The placeholders of <paramref name="pattern"/> that are not in <paramref name="allowed"/>.</summary>
    public static IEnumerable<string> UnknownPlaceholders(string pattern, ImmutableArray<string> allowed)
    {
        var position = 0;
        while (pattern.IndexOf('{', position) is var open and >= 0 && pattern.IndexOf('}', open) is var close and >= 0)
        {
            var name = pattern[(open + 1)..close];
            if (!allowed.Contains(name, StringComparer.Ordinal))
            {
                yield return name;
            }

            position = close + 1;
        }
    }

    private static void Append(List<StringBuilder> phrases, string text)
    {
        foreach (var phrase in phrases)
        {
            phrase.Append(text);
        }
    }
}
