using GraphQL.DataLoader;

namespace Marketplace.Api.Privacy;

/// <summary>
/// A value served only once the privacy guard has let the viewer see the household's field: the
/// guard's check and the value's batch load are both queued when the field resolves, so a page of
/// households costs one statement for each, not one per household.
/// </summary>
public static class GuardedResult
{
    /// <summary>The value, read from what the guard revealed.</summary>
    public static IDataLoaderResult<T> After<TRevealed, T>(IDataLoaderResult<TRevealed> revealed, Func<TRevealed, CancellationToken, Task<T>> value) =>
        new Gated<TRevealed, T>(revealed, value);

    /// <summary>A batched value, once the guard has allowed it.</summary>
    public static IDataLoaderResult<T> After<TRevealed, T>(IDataLoaderResult<TRevealed> revealed, IDataLoaderResult<T> value) =>
        new Gated<TRevealed, T>(revealed, (_, ct) => value.GetResultAsync(ct));

    private sealed class Gated<TRevealed, T>(IDataLoaderResult<TRevealed> revealed, Func<TRevealed, CancellationToken, Task<T>> value) : IDataLoaderResult<T>
    {
        // The guard throws FORBIDDEN when the viewer may not see it.
        public async Task<T> GetResultAsync(CancellationToken cancellationToken = default) =>
            await value(await revealed.GetResultAsync(cancellationToken), cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
