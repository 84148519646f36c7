using Marketplace.Core.Data;

namespace Marketplace.Api.GraphQL.BatchLoading;

/// <summary>Shorthands for the two shapes of relation every feature loads: one row by key, many rows by foreign key.</summary>
public static class BatchLoaders
{
    public static BatchLoader<TKey, T?> ByKey<T, TKey>(KeyedReads reads, Key<T, TKey> key)
        where T : class
        where TKey : notnull =>
        new(async (keys, ct) => (await reads.ByKeyAsync(keys, key, ct)).ToDictionary(p => p.Key, p => (T?)p.Value), missing: null);

    public static BatchLoader<TKey, IReadOnlyList<T>> ByForeignKey<T, TKey>(
        KeyedReads reads, Key<T, TKey> foreignKey, Func<IQueryable<T>, IOrderedQueryable<T>> order)
        where T : class
        where TKey : notnull =>
        new((keys, ct) => reads.ByForeignKeyAsync(keys, foreignKey, order, ct), missing: []);
}
