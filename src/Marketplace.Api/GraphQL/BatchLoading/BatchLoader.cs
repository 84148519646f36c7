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
    // Every key asked for, with its result: pending until the batch that carries it completes.
    private readonly Dictionary<TKey, Task<TValue>> _results = [];
    private List<(TKey Key, TaskCompletionSource<TValue> Result)> _queued = [];

    public IDataLoaderResult<TValue> Load(TKey key)
    {
        lock (_gate)
        {
            // A key whose batch failed is asked again rather than failing for ever.
            if (!_results.TryGetValue(key, out var result) || result.IsFaulted || result.IsCanceled)
            {
                var source = new TaskCompletionSource<TValue>(TaskCreationOptions.RunContinuationsAsynchronously);
                _queued.Add((key, source));
                _results[key] = result = source.Task;
            }
            return new Pending(this, result);
        }
    }

    private async Task<TValue> ResultAsync(Task<TValue> result, CancellationToken cancellationToken)
    {
        // Either this key waits in the queue (so dispatch it, with every other key queued), or a
        // batch in flight already carries it (so the queue holds nothing of it and we just wait).
        if (!result.IsCompleted) await DispatchAsync(cancellationToken);
        return await result;
    }

    private async Task DispatchAsync(CancellationToken cancellationToken)
    {
        List<(TKey Key, TaskCompletionSource<TValue> Result)> batch;
        lock (_gate)
        {
            if (_queued.Count == 0) return;
            (batch, _queued) = (_queued, []);
        }

        try
        {
            var found = await fetch([.. batch.Select(b => b.Key)], cancellationToken);
            foreach (var (key, result) in batch) result.TrySetResult(found.TryGetValue(key, out var value) ? value : missing);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            foreach (var (_, result) in batch) result.TrySetCanceled(cancellationToken);
        }
        catch (Exception e)
        {
            // Exactly the keys of this batch fail; keys queued meanwhile go in the next one.
            foreach (var (_, result) in batch) result.TrySetException(e);
        }
    }

    private sealed class Pending(BatchLoader<TKey, TValue> loader, Task<TValue> result) : IDataLoaderResult<TValue>
    {
        public Task<TValue> GetResultAsync(CancellationToken cancellationToken = default) => loader.ResultAsync(result, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
