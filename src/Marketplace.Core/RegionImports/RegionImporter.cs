using Marketplace.Core.Audit;

namespace Marketplace.Core.RegionImports;

/// <summary>
/// Admins load the administrative tree from a GeoJSON FeatureCollection. The whole file is checked
/// before anything is written; a dry run answers with the preview alone, and a real one writes
/// every region of the file in one transaction, or none when any feature has a problem. Each
/// region added or changed is one audit entry, so that a region's history reads as any record's.
/// </summary>
public sealed class RegionImporter(IDbContextFactory<MarketplaceDbContext> dbFactory, CommandRunner runner)
{
    /// <summary>A district's communities with detailed boundaries come to a few MB; more is a mistake, or an attack.</summary>
    public const int MaxCharacters = 5_000_000;

    /// <summary>A district has a few hundred communities: 5,000 regions is about a city at a time.</summary>
    public const int MaxFeatures = 5_000;

    public async Task<RegionImportResult> ImportAsync(Viewer viewer, string? geojson, bool dryRun, CancellationToken cancellationToken)
    {
        if (!viewer.IsAdmin) throw new ForbiddenException("Regions are the platform's reference data: admins import them.");
        var features = RegionFileReader.Read(geojson);
        if (dryRun)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            return (await RegionImportPlan.MakeAsync(db.Regions.AsNoTracking(), features, cancellationToken)).Result(dryRun: true, applied: false);
        }

        RegionImportPlan? plan = null;
        // No idempotency key: importing the same file again finds every region unchanged.
        await runner.RunAsync(viewer, "importRegions", idempotencyKey: null, async c =>
        {
            // One import at a time, so that the second is checked against what the first wrote.
            await c.Db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext('importRegions'))", cancellationToken);
            plan = await RegionImportPlan.MakeAsync(c.Db.Regions, features, cancellationToken);
            if (plan.Problems.Count == 0) Apply(c, plan);
            return Guid.Empty; // The answer is the plan, not an entity read back.
        }, cancellationToken);
        return plan!.Result(dryRun: false, applied: plan.Problems.Count == 0);
    }

    private static void Apply(CommandContext c, RegionImportPlan plan)
    {
        // Parents before children, though EF orders the inserts by the foreign key anyway.
        foreach (var write in plan.Writes.OrderBy(w => w.After.Level).ThenBy(w => w.After.Code, StringComparer.Ordinal))
        {
            if (write.Stored is not { } stored)
            {
                c.Db.Regions.Add(write.After);
                c.Audit("region.added", nameof(Region), write.After.Code, null, Snapshot(write.After));
                continue;
            }
            var before = Snapshot(stored);
            (stored.Name, stored.Population, stored.Centroid, stored.Boundary) = (write.After.Name, write.After.Population, write.After.Centroid, write.After.Boundary);
            c.Audit("region.changed", nameof(Region), stored.Code, before, Snapshot(stored));
        }
    }

    /// <summary>A boundary is summarised, not copied: a detailed one runs to tens of kilobytes.</summary>
    private static object Snapshot(Region region) => new
    {
        region.Name,
        region.Level,
        region.ParentCode,
        region.Population,
        Centroid = new[] { region.Centroid.X, region.Centroid.Y },
        Boundary = region.Boundary is { } boundary ? $"Polygon of {boundary.NumPoints} positions" : null,
    };
}
