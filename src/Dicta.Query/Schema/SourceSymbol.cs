using System.Collections.Frozen;
using System.Collections.Immutable;
using Dicta.Model;

namespace Dicta.Query.Schema;

/// <summary>A source a query starts from (<c>statements</c>, <c>articles</c>, <c>speakers</c>, <c>topics</c>) and its fields.</summary>
public sealed class SourceSymbol
{
    private readonly Func<Corpus, IEnumerable<object>> _rows;
    private readonly FrozenDictionary<string, ImmutableArray<FieldSymbol>> _pathsByName;

    internal SourceSymbol(string name, Type elementType, string description, ImmutableArray<FieldSymbol> fields, Func<Corpus, IEnumerable<object>> rows, bool isIndexed = false)
    {
        Name = name;
        ElementType = elementType;
        Description = description;
        Fields = fields;
        _rows = rows;
        IsIndexed = isIndexed;
        _pathsByName = ByName(fields, f => f.Name, f => ImmutableArray.Create(f));
    }

    /// <summary>The name a query starts with.</summary>
    public string Name { get; }

    /// <summary>The model type of each row: <see cref="Statement"/>, <see cref="Article"/>, <see cref="Speaker"/>, <see cref="Topic"/>.</summary>
    public Type ElementType { get; }

    /// <summary>What the rows are, for <c>:schema</c>.</summary>
    public string Description { get; }

    /// <summary>The fields a query can name on a row.</summary>
    public ImmutableArray<FieldSymbol> Fields { get; }

    /// <summary>True when the corpus indexes answer tests on this source's rows (<see cref="Corpus.Index"/>).</summary>
    public bool IsIndexed { get; }

    /// <summary>The field called <paramref name="name"/> (ignoring case), or null.</summary>
    public FieldSymbol? GetField(string name) => GetFieldPath(name) is { IsDefault: false } path ? path[0] : null;

    /// <summary>
    /// The one-step path to the field called <paramref name="name"/> (ignoring case), or a default array: one shared
    /// path per field, so that binding a field name allocates none.
    /// </summary>
    internal ImmutableArray<FieldSymbol> GetFieldPath(string name) => name is null ? default : _pathsByName.GetValueOrDefault(name);

    /// <summary>The rows of <paramref name="corpus"/>, in the corpus's order.</summary>
    public IEnumerable<object> GetRows(Corpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        return _rows(corpus);
    }

    /// <summary>The name.</summary>
    public override string ToString() => Name;

    /// <summary>
    /// What <paramref name="value"/> makes of <paramref name="items"/>, by name, ignoring case, the first of a name
    /// winning: built once per schema so that binding a name needs no search (and no closure) per query.
    /// </summary>
    internal static FrozenDictionary<string, TValue> ByName<T, TValue>(ImmutableArray<T> items, Func<T, string> name, Func<T, TValue> value)
    {
        var byName = new Dictionary<string, TValue>(items.Length, StringComparer.OrdinalIgnoreCase);
        foreach (var item in items)
        {
            byName.TryAdd(name(item), value(item));
        }

        return byName.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
