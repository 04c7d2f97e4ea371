using System.Collections.Immutable;
using Dicta.Model;

namespace Dicta.Extraction.Lexicons;

/// <summary>
/// One topic of a <see cref="TopicLexicon"/>: its symbol and the terms that signal it. Terms are words or
/// phrases matched whole, ignoring case, with the regular plural of the last word ("sanction" matches
/// "sanctions"), hyphens and spaces alike ("one China" matches "one-China"), and a trailing <c>*</c> for a prefix
/// ("interfer*").
/// </summary>
public sealed record TopicDefinition
{
    /// <summary>Creates a topic definition.</summary>
    /// <param name="slug">The stable identifier: lower-case letters, digits and single hyphens ("world-order").</param>
    /// <param name="label">The name people read ("World order").</param>
    /// <param name="terms">The terms that signal the topic.</param>
    /// <param name="replacesTerms">
    /// When this definition extends a lexicon that already has the slug: true to replace that lexicon's terms,
    /// false to add to them.
    /// </param>
    /// <exception cref="ArgumentException">The slug is malformed, or a term has no words or a misplaced <c>*</c>.</exception>
    public TopicDefinition(string slug, string label, IEnumerable<string> terms, bool replacesTerms = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        ArgumentNullException.ThrowIfNull(terms);
        if (!IsValidSlug(slug))
        {
            throw new ArgumentException($"'{slug}' is not a slug: use lower-case letters, digits and single hyphens.", nameof(slug));
        }

        var parsed = ImmutableArray.CreateBuilder<string>();
        foreach (var term in terms)
        {
            if (!TopicTerm.TryParse(term ?? string.Empty, out _, out var error))
            {
                throw new ArgumentException(error, nameof(terms));
            }

            parsed.Add(term!.Trim());
        }

        Topic = new Topic(slug, label.Trim());
        Terms = [.. parsed.Distinct(StringComparer.OrdinalIgnoreCase)];
        ReplacesTerms = replacesTerms;
    }

    /// <summary>The topic symbol.</summary>
    public Topic Topic { get; }

    /// <summary>The slug of <see cref="Topic"/>.</summary>
    public string Slug => Topic.Slug;

    /// <summary>The label of <see cref="Topic"/>.</summary>
    public string Label => Topic.Label;

    /// <summary>The terms, distinct ignoring case, in the order given.</summary>
    public ImmutableArray<string> Terms { get; }

    /// <summary>When extending a lexicon with this definition: true to replace the terms of the same slug, false to add to them.</summary>
    public bool ReplacesTerms { get; }

    /// <summary>True when every part is equal, terms compared in order.</summary>
    public bool Equals(TopicDefinition? other) =>
        other is not null
        && string.Equals(Slug, other.Slug, StringComparison.Ordinal)
        && string.Equals(Label, other.Label, StringComparison.Ordinal)
        && ReplacesTerms == other.ReplacesTerms
        && Terms.SequenceEqual(other.Terms, StringComparer.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Slug);

    /// <summary>True for lower-case letters and digits in groups joined by single hyphens: "world-order", "g20".</summary>
    public static bool IsValidSlug(string? slug) =>
        !string.IsNullOrEmpty(slug)
        && slug.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
        && slug[0] != '-'
        && slug[^1] != '-'
        && !slug.Contains("--", StringComparison.Ordinal);
}
