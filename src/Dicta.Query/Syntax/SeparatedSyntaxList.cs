using System.Collections;
using System.Collections.Immutable;

namespace Dicta.Query.Syntax;

/// <summary>The untyped view of a <see cref="SeparatedSyntaxList{T}"/>, for walking children.</summary>
internal interface ISeparatedSyntaxList
{
    /// <summary>The items and separators, in source order.</summary>
    ImmutableArray<SyntaxNodeOrToken> GetWithSeparators();
}

/// <summary>A comma-separated list of nodes (<c>in (a, b)</c>, <c>order by a, b</c>): the items and, between them, the separators.</summary>
/// <typeparam name="T">The kind of item.</typeparam>
public sealed class SeparatedSyntaxList<T> : IReadOnlyList<T>, ISeparatedSyntaxList
    where T : SyntaxNode
{
    private readonly ImmutableArray<SyntaxNodeOrToken> _nodesAndSeparators;

    internal SeparatedSyntaxList(ImmutableArray<SyntaxNodeOrToken> nodesAndSeparators)
    {
        _nodesAndSeparators = nodesAndSeparators;
    }

    /// <summary>The number of items.</summary>
    public int Count => (_nodesAndSeparators.Length + 1) / 2;

    /// <summary>The item at <paramref name="index"/>.</summary>
    public T this[int index] => (T)_nodesAndSeparators[index * 2].Node!;

    /// <summary>The separators (commas), one fewer than the items.</summary>
    public ImmutableArray<SyntaxToken> Separators =>
        [.. _nodesAndSeparators.Where((_, i) => i % 2 == 1).Select(s => s.Token!)];

    /// <summary>The items and separators, in source order.</summary>
    public ImmutableArray<SyntaxNodeOrToken> GetWithSeparators() => _nodesAndSeparators;

    /// <summary>The items, in order.</summary>
    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < _nodesAndSeparators.Length; i += 2)
        {
            yield return (T)_nodesAndSeparators[i].Node!;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
