using System.Collections.Immutable;

namespace Dicta.Model;

/// <summary>A topic symbol from the topic lexicon: a stable slug and a label for people.</summary>
public sealed record Topic
{
    /// <summary>Creates a topic.</summary>
    /// <param name="slug">The stable identifier: "taiwan", "world-order".</param>
    /// <param name="label">The name people read: "Taiwan", "World order".</param>
    public Topic(string slug, string label)
    {
        Slug = slug;
        Label = label;
        Alone = [this];
    }

    private Topic(Topic original)
    {
        Slug = original.Slug;
        Label = original.Label;
        Alone = [this];
    }

    /// <summary>The stable identifier: "taiwan", "world-order".</summary>
    public string Slug { get; init; }

    /// <summary>The name people read: "Taiwan", "World order".</summary>
    public string Label { get; init; }

    /// <summary>
    /// This topic alone, as the one array every statement about it and nothing else shares: most statements have one
    /// topic, and a million of them need not hold a million copies of it.
    /// </summary>
    internal ImmutableArray<Topic> Alone { get; }

    /// <summary>True when <paramref name="name"/> is the slug or the label, ignoring case.</summary>
    public bool IsNamed(string name) => NameComparer.Same(Slug, name) || NameComparer.Same(Label, name);

    /// <summary>Topics compare by slug alone: the label is how the lexicon spells it today.</summary>
    public bool Equals(Topic? other) => other is not null && string.Equals(Slug, other.Slug, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Slug);

    /// <summary>The slug.</summary>
    public override string ToString() => Slug;
}
