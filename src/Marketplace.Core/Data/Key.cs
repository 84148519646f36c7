using System.Linq.Expressions;

namespace Marketplace.Core.Data;

/// <summary>
/// How to find an entity by a key column: the expression EF translates to SQL and the same
/// selector compiled once, to group the rows that come back.
/// </summary>
public sealed class Key<T, TKey>(Expression<Func<T, TKey>> selector)
{
    public Expression<Func<T, TKey>> Selector { get; } = selector;
    public Func<T, TKey> Of { get; } = selector.Compile();

    /// <summary><c>e => keys.Contains(selector(e))</c>, with the keys sent as one array parameter.</summary>
    public Expression<Func<T, bool>> In(IReadOnlyCollection<TKey> keys)
    {
        var holder = new KeysHolder(keys.ToArray());
        var contains = Expression.Call(
            typeof(Enumerable), nameof(Enumerable.Contains), [typeof(TKey)],
            Expression.Property(Expression.Constant(holder), nameof(KeysHolder.Keys)),
            Selector.Body);
        return Expression.Lambda<Func<T, bool>>(contains, Selector.Parameters);
    }

    // A member of a closure object, not a constant, so that EF sends the keys as a parameter and
    // reuses one cached plan for every batch.
    private sealed record KeysHolder(TKey[] Keys);
}
