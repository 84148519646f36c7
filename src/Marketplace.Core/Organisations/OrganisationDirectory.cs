namespace Marketplace.Core.Organisations;

/// <summary>Reads of donor units and social organisations; there are thousands, not millions, per city.</summary>
public sealed class OrganisationDirectory(IDbContextFactory<MarketplaceDbContext> dbFactory, RegionDirectory regions)
{
    public async Task<IReadOnlyList<Organisation>> ListAsync(OrganisationKind? kind, string? regionCode, bool? verified, bool? suspended, CancellationToken cancellationToken)
    {
        var region = regionCode is null ? null : await regions.GetAsync(regionCode, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var organisations = db.Organisations.AsNoTracking();
        if (kind is { } k) organisations = organisations.Where(o => o.Kind == k);
        if (verified is { } v) organisations = organisations.Where(o => o.IsVerified == v);
        if (suspended is { } s) organisations = organisations.Where(o => (o.SuspendedAt != null) == s);
        if (region is not null) organisations = organisations.InRegion(o => o.RegionCode, region.Code);
        return await organisations.OrderBy(o => o.Name).ThenBy(o => o.Id).ToListAsync(cancellationToken);
    }
}
