namespace Marketplace.Core.Regions;

/// <summary>Reads of the administrative hierarchy.</summary>
public sealed class RegionDirectory(IDbContextFactory<MarketplaceDbContext> dbFactory)
{
    /// <summary>The region with this code, or a clear refusal: a malformed code is a VALIDATION error, a missing one NOT_FOUND.</summary>
    public async Task<Region> GetAsync(string code, CancellationToken cancellationToken) =>
        await FindAsync(code, cancellationToken) ?? throw new NotFoundException("Region", code);

    public async Task<Region?> FindAsync(string code, CancellationToken cancellationToken)
    {
        if (!RegionCode.IsWellFormed(code))
        {
            throw new ValidationException($"A region code has 12 digits (e.g. 340103002001); got '{code}'.", "regionCode");
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Regions.AsNoTracking().SingleOrDefaultAsync(r => r.Code == code, cancellationToken);
    }

    /// <summary>Top-level regions (districts), or the children of one region.</summary>
    public async Task<IReadOnlyList<Region>> ChildrenAsync(string? parentCode, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Regions.AsNoTracking().Where(r => r.ParentCode == parentCode).OrderBy(r => r.Code).ToListAsync(cancellationToken);
    }
}
