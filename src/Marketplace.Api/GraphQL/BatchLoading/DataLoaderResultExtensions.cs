using GraphQL.DataLoader;

namespace Marketplace.Api.GraphQL.BatchLoading;

public static class DataLoaderResultExtensions
{
    /// <summary>A result derived from a batched one, still resolved with the batch.</summary>
    public static IDataLoaderResult<TOut> Then<TIn, TOut>(this IDataLoaderResult<TIn> result, Func<TIn, TOut> map) =>
        new Mapped<TIn, TOut>(result, map);

    /// <summary>
    /// A batched result that depends on another: <paramref name="next"/> is awaited once
    /// <paramref name="result"/> is known. Queue <paramref name="next"/>'s load when resolving, so
    /// that the page's keys still go in one batch.
    /// </summary>
    public static IDataLoaderResult<TOut> ThenLoad<TIn, TOut>(this IDataLoaderResult<TIn> result, Func<TIn, IDataLoaderResult<TOut>> next) =>
        new Chained<TIn, TOut>(result, next);

    private sealed class Chained<TIn, TOut>(IDataLoaderResult<TIn> inner, Func<TIn, IDataLoaderResult<TOut>> next) : IDataLoaderResult<TOut>
    {
        public async Task<TOut> GetResultAsync(CancellationToken cancellationToken = default) =>
            await next(await inner.GetResultAsync(cancellationToken)).GetResultAsync(cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }

    private sealed class Mapped<TIn, TOut>(IDataLoaderResult<TIn> inner, Func<TIn, TOut> map) : IDataLoaderResult<TOut>
    {
        public async Task<TOut> GetResultAsync(CancellationToken cancellationToken = default) => map(await inner.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
