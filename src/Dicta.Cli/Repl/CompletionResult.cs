using System.Collections.Immutable;

namespace Dicta.Cli.Repl;

/// <summary>What tab completion offers: the text to replace (the part of the word before the caret) and the candidates.</summary>
/// <param name="Start">Where the replaced text starts.</param>
/// <param name="Length">How long it is (up to the caret).</param>
/// <param name="Candidates">The words that may replace it, best first.</param>
internal sealed record CompletionResult(int Start, int Length, ImmutableArray<string> Candidates)
{
    /// <summary>Nothing to offer.</summary>
    public static CompletionResult None(int caret) => new(caret, 0, []);

    /// <summary>The longest text every candidate starts with (ignoring case), or empty when there are none.</summary>
    public string CommonPrefix()
    {
        if (Candidates.IsEmpty)
        {
            return string.Empty;
        }

        var prefix = Candidates[0];
        foreach (var candidate in Candidates.Skip(1))
        {
            var length = 0;
            while (length < prefix.Length && length < candidate.Length && char.ToUpperInvariant(prefix[length]) == char.ToUpperInvariant(candidate[length]))
            {
                length++;
            }

            prefix = prefix[..length];
        }

        return prefix;
    }

    /// <summary><paramref name="text"/> with the replaced part replaced by <paramref name="replacement"/>.</summary>
    public string Apply(string text, string replacement)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Concat(text.AsSpan(0, Start), replacement, text.AsSpan(Start + Length));
    }
}
