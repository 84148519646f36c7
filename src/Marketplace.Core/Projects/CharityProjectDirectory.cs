using Marketplace.Core.Categories;

namespace Marketplace.Core.Projects;

public sealed record CharityProjectFilter
{
    /// <summary>Projects serving this region: targeting it, one of its ancestors or one of its descendants.</summary>
    public string? RegionCode { get; init; }
    public IReadOnlyList<string>? CategoryCodes { get; init; }
    public IReadOnlyList<CharityProjectStatus>? Statuses { get; init; }
    public Guid? OrganisationId { get; init; }
}

public sealed class CharityProjectDirectory(IDbContextFactory<MarketplaceDbContext> dbFactory, RegionDirectory regions, CategoryTaxonomy taxonomy)
{
    public async Task<IReadOnlyList<CharityProject>> ListAsync(CharityProjectFilter filter, CancellationToken cancellationToken)
    {
        var categories = filter.CategoryCodes is { Count: > 0 } ? await taxonomy.WithDescendantsAsync(filter.CategoryCodes, cancellationToken) : null;
        var region = filter.RegionCode is null ? null : await regions.GetAsync(filter.RegionCode, cancellationToken);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var projects = db.CharityProjects.AsNoTracking();
        if (filter.OrganisationId is { } organisation) projects = projects.Where(p => p.OrganisationId == organisation);
        if (filter.Statuses is { Count: > 0 } statuses) projects = projects.Where(p => statuses.Contains(p.Status));
        if (categories is not null) projects = projects.Where(p => p.CategoryCodes.Any(c => categories.Contains(c)));
        if (region is not null)
        {
            // A project serves a region when it targets the region itself, one of its ancestors, or a part of it.
            var ancestors = RegionCode.SelfAndAncestors(region.Code);
            var parts = db.Set<CharityProjectTargetRegion>().InRegion(t => t.RegionCode, region.Code).Select(t => t.CharityProjectId);
            projects = projects.Where(p => p.TargetRegions.Any(t => ancestors.Contains(t.RegionCode)) || parts.Contains(p.Id));
        }
        return await projects.OrderBy(p => p.StartsOn).ThenBy(p => p.Id).ToListAsync(cancellationToken);
    }

    /// <summary>The target regions of each of the given projects, in one statement.</summary>
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<Region>>> TargetRegionsAsync(IReadOnlyCollection<Guid> projectIds, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Set<CharityProjectTargetRegion>().AsNoTracking()
            .Where(t => projectIds.Contains(t.CharityProjectId))
            .OrderBy(t => t.RegionCode)
            .Select(t => new { t.CharityProjectId, t.Region })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.CharityProjectId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Region>)g.Select(r => r.Region!).ToList());
    }
}
