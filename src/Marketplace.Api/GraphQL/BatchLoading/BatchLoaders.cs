namespace Marketplace.Api.GraphQL.BatchLoading;

/// <summary>The shape of relation every feature loads besides one row by key (<see cref="ById{T, TKey}"/>): many rows by foreign key.</summary>
public static class BatchLoaders
{
    public static BatchLoader<TKey, IReadOnlyList<T>> ByForeignKey<T, TKey>(
        KeyedReads reads, Key<T, TKey> foreignKey, Func<IQueryable<T>, IOrderedQueryable<T>> order)
        where T : class
        where TKey : notnull =>
        new((keys, ct) => reads.ByForeignKeyAsync(keys, foreignKey, order, ct), missing: []);
}
