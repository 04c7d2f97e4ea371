namespace Dicta.Query;

/// <summary>
/// The prepared queries an engine keeps, by key, up to a capacity; the least recently used goes first. Safe under
/// concurrent use: one lock, held only to look up or insert, never while a query is prepared.
/// </summary>
internal sealed class QueryCache
{
    private readonly int _capacity;
    private readonly Dictionary<string, LinkedListNode<(string Key, PreparedQuery Query)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, PreparedQuery Query)> _recency = new();
    private readonly Lock _lock = new();

    public QueryCache(int capacity) => _capacity = Math.Max(0, capacity);

    /// <summary>
    /// The query cached under <paramref name="key"/>, or the one <paramref name="prepare"/> makes from
    /// <paramref name="state"/> (then cached). The state is passed through so that callers need no closure.
    /// </summary>
    public PreparedQuery GetOrAdd<TState>(string key, TState state, Func<TState, PreparedQuery> prepare)
    {
        if (_capacity == 0)
        {
            return prepare(state);
        }

        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var hit))
            {
                _recency.Remove(hit);
                _recency.AddFirst(hit);
                return hit.Value.Query;
            }
        }

        var query = prepare(state);
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var raced))
            {
                return raced.Value.Query;
            }

            _entries[key] = _recency.AddFirst((key, query));
            if (_entries.Count > _capacity)
            {
                _entries.Remove(_recency.Last!.Value.Key);
                _recency.RemoveLast();
            }

            return query;
        }
    }
}
