using System.Collections.Immutable;

namespace Dicta.Query.Execution;

/// <summary>
/// One projected row: a value per column, in the order of <see cref="QueryResult.Columns"/>. A value is null when
/// absent, an <see cref="ImmutableArray{T}"/> of objects for a many-valued field, else the model value itself
/// (<see cref="string"/>, <see cref="decimal"/>, <see cref="DateOnly"/>, <see cref="bool"/>, or a speaker, topic or article).
/// </summary>
/// <param name="Columns">The column names.</param>
/// <param name="Values">The values, one per column.</param>
public sealed record QueryRow(ImmutableArray<string> Columns, ImmutableArray<object?> Values)
{
    /// <summary>The value of the column at <paramref name="index"/>.</summary>
    public object? this[int index] => Values[index];

    /// <summary>The value of the column called <paramref name="column"/> (ignoring case).</summary>
    /// <exception cref="KeyNotFoundException">No column has that name.</exception>
    public object? this[string column]
    {
        get
        {
            var index = Columns.IndexOf(column, StringComparer.OrdinalIgnoreCase);
            return index >= 0 ? Values[index] : throw new KeyNotFoundException($"The row has no column '{column}'.");
        }
    }

    /// <summary>The value of the column called <paramref name="column"/> as <typeparamref name="T"/>, converted as <see cref="QueryResult.As{T}"/> converts values.</summary>
    /// <exception cref="KeyNotFoundException">No column has that name.</exception>
    /// <exception cref="InvalidOperationException">The value does not convert to <typeparamref name="T"/>.</exception>
    public T? Get<T>(string column) => (T?)ResultMapper.Convert(this[column], typeof(T), column);
}
