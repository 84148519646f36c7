namespace Marketplace.Core.Data;

/// <summary>
/// Rows every deployment needs, demo or not (a vocabulary, a first model, default rules), that a
/// feature ships: inserted when missing each time the database is migrated, never overwriting what
/// admins changed. Features register theirs as services; the migrator runs them all.
/// </summary>
public interface IShippedData
{
    Task EnsureAsync(MarketplaceDbContext db, CancellationToken cancellationToken);
}

/// <summary>Runs every feature's shipped data, found in this assembly as the context finds its configurations.</summary>
public static class ShippedData
{
    private static readonly IReadOnlyList<IShippedData> All =
    [
        .. typeof(IShippedData).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IShippedData).IsAssignableFrom(t))
            // A stable order, so that a shipped row naming another feature's finds it (names sort parents first where it matters).
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (IShippedData)Activator.CreateInstance(t, nonPublic: true)!),
    ];

    public static async Task EnsureAllAsync(MarketplaceDbContext db, CancellationToken cancellationToken)
    {
        foreach (var shipped in All) await shipped.EnsureAsync(db, cancellationToken);
    }
}
