using Marketplace.Core.Accounts;

namespace Marketplace.Core.Clearance;

/// <summary>
/// A region's residents and the social workers placed in it: the per-capita figure offices report.
/// A worker counts in the region of their account and in every region above it, not below: a
/// district's adviser counts once for the district rather than in each of its sub-districts, so
/// that the figures of the parts add up to the whole's.
/// </summary>
public sealed record Staffing(string RegionCode, int? Population, int SocialWorkers)
{
    public const int PerResidents = 3_000;

    /// <summary>Null while the population is unknown (importRegions sets it) or 0.</summary>
    public double? SocialWorkersPer3000Residents => Population is > 0 and var residents ? SocialWorkers * (double)PerResidents / residents : null;
}

public sealed class StaffingQuery(IDbContextFactory<MarketplaceDbContext> dbFactory)
{
    /// <summary>The staffing of each region named that exists; two queries, however many.</summary>
    public async Task<IReadOnlyDictionary<string, Staffing>> OfAsync(IReadOnlyCollection<string> regionCodes, CancellationToken cancellationToken)
    {
        var codes = regionCodes.Where(RegionCode.IsWellFormed).Distinct().ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var populations = await db.Regions.AsNoTracking().Where(r => codes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, r => r.Population, cancellationToken);
        // Every account's region lies within a district: only those of the regions' districts are read.
        var districts = populations.Keys.Select(c => c[..6]).Distinct().ToList();
        var workers = await db.UserAccounts.AsNoTracking()
            .Where(u => u.Role == Role.SocialWorker && u.IsActive && u.RegionCode != null && districts.Contains(u.RegionCode.Substring(0, 6)))
            .Select(u => u.RegionCode!)
            .ToListAsync(cancellationToken);
        return populations.ToDictionary(
            p => p.Key,
            p => new Staffing(p.Key, p.Value, workers.Count(w => RegionCode.Contains(p.Key, w))));
    }
}
