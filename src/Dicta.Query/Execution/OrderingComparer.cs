namespace Dicta.Query.Execution;

/// <summary>
/// The order of one <c>order by</c> key: <see cref="QueryValueComparer"/>'s order, reversed for <c>desc</c>, with absent
/// (null) values last whatever the direction. Shared by the executor and by queries applied to <see cref="IQueryable{T}"/>.
/// </summary>
internal sealed class OrderingComparer : IComparer<object?>
{
    private readonly int _direction;

    private OrderingComparer(bool isDescending) => _direction = isDescending ? -1 : 1;

    /// <summary>Smallest first, absent last.</summary>
    public static OrderingComparer Ascending { get; } = new(isDescending: false);

    /// <summary>Largest first, absent last.</summary>
    public static OrderingComparer Descending { get; } = new(isDescending: true);

    /// <summary>The comparer of one direction.</summary>
    public static OrderingComparer For(bool isDescending) => isDescending ? Descending : Ascending;

    /// <inheritdoc/>
    public int Compare(object? x, object? y) =>
        x is null || y is null
            ? QueryValueComparer.Instance.Compare(x, y)
            : QueryValueComparer.Instance.Compare(x, y) * _direction;
}
