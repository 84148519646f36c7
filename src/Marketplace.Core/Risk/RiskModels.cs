using System.Collections.Concurrent;

namespace Marketplace.Core.Risk;

/// <summary>The model's versions with their indicators. A version never changes once published, so each is read once.</summary>
public sealed class RiskModels(IDbContextFactory<MarketplaceDbContext> dbFactory)
{
    private readonly ConcurrentDictionary<int, RiskModelVersion> _versions = new();

    public async Task<RiskModelVersion?> CurrentAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var current = await db.RiskModelVersions.AsNoTracking().Where(m => m.IsCurrent).Select(m => (int?)m.Version).SingleOrDefaultAsync(cancellationToken);
        return current is { } version ? await VersionAsync(version, cancellationToken) : null;
    }

    /// <summary>Every version, newest first (their indicators read in the same query).</summary>
    public async Task<IReadOnlyList<RiskModelVersion>> AllAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.RiskModelVersions.AsNoTracking().Include(m => m.Indicators).OrderByDescending(m => m.Version).ToListAsync(cancellationToken);
    }

    public async Task<RiskModelVersion?> VersionAsync(int version, CancellationToken cancellationToken)
    {
        if (_versions.TryGetValue(version, out var known)) return known;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var model = await db.RiskModelVersions.AsNoTracking().Include(m => m.Indicators).SingleOrDefaultAsync(m => m.Version == version, cancellationToken);
        // A cached copy's IsCurrent is as it was when read: ask CurrentAsync which one is current.
        return model is null ? null : _versions.GetOrAdd(version, model);
    }
}
