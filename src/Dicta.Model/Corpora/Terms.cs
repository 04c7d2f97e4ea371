using System.Globalization;
using Dicta.Model.Text;

namespace Dicta.Model;

/// <summary>
/// How text is cut into terms for the term index and for the query operator <c>has</c>: maximal runs of
/// letters and digits, compared in lower case. One definition, so the index and the scan always agree.
/// </summary>
public static class Terms
{
    /// <summary>The spans of the terms in <paramref name="text"/>, relative to its start, in order.</summary>
    public static IEnumerable<TextSpan> Spans(ReadOnlyMemory<char> text)
    {
        var position = 0;
        while (Next(text.Span, ref position) is { } span)
        {
            yield return span;
        }
    }

    /// <summary>The distinct normalized terms of <paramref name="text"/>.</summary>
    public static HashSet<string> Distinct(ReadOnlyMemory<char> text)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var span in Spans(text))
        {
            terms.Add(Normalize(text.Span.Slice(span.Start, span.Length)));
        }

        return terms;
    }

    /// <summary>The normal form of one term: lower case, invariant culture.</summary>
    public static string Normalize(ReadOnlySpan<char> term)
    {
        Span<char> buffer = term.Length <= 256 ? stackalloc char[term.Length] : new char[term.Length];
        term.ToLowerInvariant(buffer);
        return new string(buffer);
    }

    /// <summary>True when <paramref name="text"/> contains <paramref name="term"/> as a whole term, ignoring case.</summary>
    public static bool Contains(ReadOnlyMemory<char> text, string term)
    {
        ArgumentNullException.ThrowIfNull(term);

        // Compare normal forms, as the term index does: OrdinalIgnoreCase folds some letters differently
        // from lower-casing (final sigma, the Kelvin sign), and the scan must agree with the index. A scan asks
        // once per statement, so nothing here allocates for a term of up to 256 characters.
        Span<char> normalized = term.Length <= 256 ? stackalloc char[term.Length] : new char[term.Length];
        term.AsSpan().ToLowerInvariant(normalized);
        Span<char> candidate = term.Length <= 256 ? stackalloc char[term.Length] : new char[term.Length];
        var chars = text.Span;
        var position = 0;
        while (Next(chars, ref position) is { } span)
        {
            if (span.Length == normalized.Length)
            {
                chars.Slice(span.Start, span.Length).ToLowerInvariant(candidate);
                if (candidate.SequenceEqual(normalized))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The next term of <paramref name="text"/> at or after <paramref name="position"/>, which moves past it; null when none is left.</summary>
    private static TextSpan? Next(ReadOnlySpan<char> text, ref int position)
    {
        var start = position;
        while (start < text.Length && !IsTermChar(text[start]))
        {
            start++;
        }

        var end = start;
        while (end < text.Length && IsTermChar(text[end]))
        {
            end++;
        }

        position = end;
        return end > start ? TextSpan.FromBounds(start, end) : null;
    }

    /// <summary>True for the characters terms are made of: letters, digits and combining marks.</summary>
    public static bool IsTermChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
