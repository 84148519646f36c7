using Microsoft.EntityFrameworkCore;

namespace Marketplace.Core.Data;

/// <summary>
/// One SQL statement per batch of keys: what the API's per-request batch loaders call, so that
/// a page of fifty needs with their households costs one query for all the households.
/// </summary>
public sealed class KeyedReads(IDbContextFactory<MarketplaceDbContext> dbFactory)
{
    public async Task<IReadOnlyDictionary<TKey, T>> ByKeyAsync<T, TKey>(
        IReadOnlyCollection<TKey> keys, Key<T, TKey> key, CancellationToken cancellationToken)
        where T : class
        where TKey : notnull
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<T>().AsNoTracking().Where(key.In(keys)).ToListAsync(cancellationToken);
        return rows.ToDictionary(key.Of);
    }

    /// <summary>The rows whose foreign key is one of <paramref name="keys"/>, grouped by it, each group in <paramref name="order"/>.</summary>
    public async Task<IReadOnlyDictionary<TKey, IReadOnlyList<T>>> ByForeignKeyAsync<T, TKey>(
        IReadOnlyCollection<TKey> keys, Key<T, TKey> foreignKey, Func<IQueryable<T>, IOrderedQueryable<T>> order,
        CancellationToken cancellationToken)
        where T : class
        where TKey : notnull
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await order(db.Set<T>().AsNoTracking().Where(foreignKey.In(keys))).ToListAsync(cancellationToken);
        return rows.GroupBy(foreignKey.Of).ToDictionary(g => g.Key, g => (IReadOnlyList<T>)g.ToList());
    }
}
