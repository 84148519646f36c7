namespace Marketplace.Core.Warnings;

/// <summary>The warning rules, as admins keep them.</summary>
public sealed class WarningRules(IDbContextFactory<MarketplaceDbContext> dbFactory)
{
    public async Task<IReadOnlyList<WarningRule>> AllAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.WarningRules.AsNoTracking().OrderBy(r => r.Code).ToListAsync(cancellationToken);
    }
}
