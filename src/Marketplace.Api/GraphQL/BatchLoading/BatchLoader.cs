using GraphQL.DataLoader;

namespace Marketplace.Api.GraphQL.BatchLoading;

/// <summary>
/// Collects the keys that a level of the query asks for and fetches them in one call, the first
/// time any of their results is awaited. GraphQL.NET's executor resolves every field of a level
/// before it awaits the <see cref="IDataLoaderResult"/>s, which is what makes the batch. One
/// instance lives for one request, so its cache never outlives what the caller may see.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(
    Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
    TValue missing)
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, TValue> _loaded = [];
    private readonly HashSet<TKey> _queued = [];
    private Task _dispatch = Task.CompletedTask;

    public IDataLoaderResult<TValue> Load(TKey key)
    {
        lock (_gate)
        {
            if (!_loaded.ContainsKey(key)) _queued.Add(key);
        }
        return new Pending(this, key);
    }

    private async Task<TValue> ResultAsync(TKey key, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task dispatch;
            lock (_gate)
            {
                if (_loaded.TryGetValue(key, out var value)) return value;
                // The key is queued: either the batch in flight carries it, or the next one will.
                if (_dispatch.IsCompleted) _dispatch = DispatchAsync(cancellationToken);
                dispatch = _dispatch;
            }
            await dispatch;
        }
    }

    private async Task DispatchAsync(CancellationToken cancellationToken)
    {
        TKey[] keys;
        lock (_gate)
        {
            keys = [.. _queued];
            _queued.Clear();
        }
        if (keys.Length == 0) return;

        var found = await fetch(keys, cancellationToken);
        lock (_gate)
        {
            foreach (var key in keys) _loaded[key] = found.TryGetValue(key, out var value) ? value : missing;
        }
    }

    private sealed class Pending(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue>
    {
        public Task<TValue> GetResultAsync(CancellationToken cancellationToken = default) => loader.ResultAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
