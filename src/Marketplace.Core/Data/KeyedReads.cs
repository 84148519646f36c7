using System.Collections.Concurrent;
using System.Linq.Expressions;

namespace Marketplace.Core.Data;

/// <summary>
/// One SQL statement per batch of keys: what the API's per-request batch loaders call, so that
/// a page of fifty needs with their households costs one query for all the households.
/// </summary>
public sealed class KeyedReads(IDbContextFactory<MarketplaceDbContext> dbFactory)
{
    // Entity type → its primary key as a Key<T, TKey>, read from the model once.
    private readonly ConcurrentDictionary<Type, object> _primaryKeys = new();

    /// <summary>Entities by their primary key, whatever its name (Id, Code …), as the model says.</summary>
    public Task<IReadOnlyDictionary<TKey, T>> ByPrimaryKeyAsync<T, TKey>(IReadOnlyCollection<TKey> keys, CancellationToken cancellationToken)
        where T : class
        where TKey : notnull =>
        ByKeyAsync(keys, (Key<T, TKey>)_primaryKeys.GetOrAdd(typeof(T), _ => PrimaryKeyOf<T, TKey>()), cancellationToken);

    /// <summary>Counts a query's rows on a context of its own, when a page's total is asked for.</summary>
    public static Func<CancellationToken, Task<int>> Counting<T>(IDbContextFactory<MarketplaceDbContext> dbFactory, Func<MarketplaceDbContext, IQueryable<T>> query) =>
        async cancellationToken =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            return await query(db).CountAsync(cancellationToken);
        };

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

    private Key<T, TKey> PrimaryKeyOf<T, TKey>()
    {
        using var db = dbFactory.CreateDbContext();
        var property = db.Model.FindEntityType(typeof(T))?.FindPrimaryKey()?.Properties is [{ PropertyInfo: { } single }]
            ? single
            : throw new InvalidOperationException($"{typeof(T).Name} has no primary key of one property.");
        var row = Expression.Parameter(typeof(T), "row");
        return new Key<T, TKey>(Expression.Lambda<Func<T, TKey>>(Expression.Property(row, property), row));
    }
}
