namespace Dicta.Query.Binding;

/// <summary>Finds the nearest known name to a misspelt one, by edit distance ignoring case, for "did you mean" hints.</summary>
internal static class NameSuggester
{
    /// <summary>
    /// The candidate nearest to <paramref name="name"/> (optimal string alignment distance, ignoring case) when it is
    /// close enough to be a likely misspelling: at most a third of the name's length, at least one, at most three edits.
    /// Ties go to the candidate with the same first letter, then the shorter, then the ordinally first.
    /// </summary>
    public static string? Suggest(string name, IEnumerable<string> candidates)
    {
        var limit = Math.Clamp(name.Length / 3, 1, 3);
        return candidates
            .Where(c => !string.Equals(c, name, StringComparison.OrdinalIgnoreCase))
            .Select(c => (Candidate: c, Distance: Distance(name, c, limit)))
            .Where(c => c.Distance <= limit)
            .OrderBy(c => c.Distance)
            .ThenBy(c => name.Length > 0 && c.Candidate.Length > 0 && char.ToUpperInvariant(c.Candidate[0]) == char.ToUpperInvariant(name[0]) ? 0 : 1)
            .ThenBy(c => c.Candidate.Length)
            .ThenBy(c => c.Candidate, StringComparer.Ordinal)
            .Select(c => c.Candidate)
            .FirstOrDefault();
    }

    /// <summary>The hint appended to a message: <c>; did you mean 'x'?</c>, or <paramref name="otherwise"/>.</summary>
    public static string Hint(string name, IEnumerable<string> candidates, string otherwise = "") =>
        Suggest(name, candidates) is { } suggestion ? $"; did you mean '{suggestion}'?" : otherwise;

    /// <summary>The optimal string alignment distance ignoring case; any value above <paramref name="limit"/> means "too far".</summary>
    internal static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToUpperInvariant(a[i - 1]) == char.ToUpperInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1
                    && char.ToUpperInvariant(a[i - 1]) == char.ToUpperInvariant(b[j - 2])
                    && char.ToUpperInvariant(a[i - 2]) == char.ToUpperInvariant(b[j - 1]))
                {
                    current[j] = Math.Min(current[j], previous2[j - 2] + 1);
                }
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }
}
