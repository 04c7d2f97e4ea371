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
        var start = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var isTermChar = IsTermChar(text.Span[i]);
            if (isTermChar && start < 0)
            {
                start = i;
            }
            else if (!isTermChar && start >= 0)
            {
                yield return TextSpan.FromBounds(start, i);
                start = -1;
            }
        }

        if (start >= 0)
        {
            yield return TextSpan.FromBounds(start, text.Length);
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
        // from lower-casing (final sigma, the Kelvin sign), and the scan must agree with the index.
        var normalized = Normalize(term);
        Span<char> candidate = normalized.Length <= 256 ? stackalloc char[normalized.Length] : new char[normalized.Length];
        foreach (var span in Spans(text))
        {
            if (span.Length == normalized.Length)
            {
                text.Span.Slice(span.Start, span.Length).ToLowerInvariant(candidate);
                if (candidate.SequenceEqual(normalized))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True for the characters terms are made of: letters, digits and combining marks.</summary>
    public static bool IsTermChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
