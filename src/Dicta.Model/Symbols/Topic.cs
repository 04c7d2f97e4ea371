namespace Dicta.Model;

/// <summary>A topic symbol from the topic lexicon: a stable slug and a label for people.</summary>
/// <param name="Slug">The stable identifier: "taiwan", "world-order".</param>
/// <param name="Label">The name people read: "Taiwan", "World order".</param>
public sealed record Topic(string Slug, string Label)
{
    /// <summary>True when <paramref name="name"/> is the slug or the label, ignoring case.</summary>
    public bool IsNamed(string name) => NameComparer.Same(Slug, name) || NameComparer.Same(Label, name);

    /// <summary>Topics compare by slug alone: the label is how the lexicon spells it today.</summary>
    public bool Equals(Topic? other) => other is not null && string.Equals(Slug, other.Slug, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Slug);

    /// <summary>The slug.</summary>
    public override string ToString() => Slug;
}
