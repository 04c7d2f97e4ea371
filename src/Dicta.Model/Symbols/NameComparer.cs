namespace Dicta.Model;

/// <summary>How names, aliases and slugs compare everywhere in Dicta: ordinally, ignoring case.</summary>
public static class NameComparer
{
    /// <summary>The comparer for names of speakers and topics.</summary>
    public static StringComparer Instance => StringComparer.OrdinalIgnoreCase;

    /// <summary>True when the two names are the same name.</summary>
    public static bool Same(string? left, string? right) => string.Equals(left, right, StringComparison.OrdinalIgnoreCase);
}
