using GraphQL.DataLoader;

namespace Marketplace.Api.GraphQL.BatchLoading;

/// <summary>
/// The entities of one type by primary key, batched across the request (scoped: one per type and
/// request): every "the region, organisation, need … this row points at" is one statement per page.
/// </summary>
public sealed class ById<T, TKey>(KeyedReads reads)
    where T : class
    where TKey : notnull
{
    private readonly BatchLoader<TKey, T?> _loader = typeof(T).IsDefined(typeof(PersonalDataAttribute), inherit: false)
        ? throw new InvalidOperationException($"{typeof(T).Name} is personal data: read it through the privacy guard, not by id.")
        : new(async (keys, ct) => (await reads.ByPrimaryKeyAsync<T, TKey>(keys, ct)).ToDictionary(p => p.Key, p => (T?)p.Value), missing: null);

    public IDataLoaderResult<T?> Load(TKey key) => _loader.Load(key);
}

public static class ByIdExtensions
{
    /// <summary>The <typeparamref name="T"/> whose primary key is <paramref name="key"/>, batched with the request's other loads; null when there is none.</summary>
    public static IDataLoaderResult<T?> LoadById<T, TKey>(this IResolveFieldContext context, TKey key)
        where T : class
        where TKey : notnull =>
        context.Service<ById<T, TKey>>().Load(key);
}
