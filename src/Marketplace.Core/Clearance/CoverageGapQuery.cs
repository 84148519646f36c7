using Marketplace.Core.Data;
using Marketplace.Core.Identity;
using Marketplace.Core.Needs;
using Marketplace.Core.Regions;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Core.Clearance;

/// <summary>
/// An open need is covered when something could serve it today, by the same rules as
/// suggestions: an open resource of a fitting category with capacity left, available today,
/// whose service radius reaches the household; or an active project of a fitting category with
/// places left, targeting the need's community or a region above it.
/// </summary>
public sealed class CoverageGapQuery(IDbContextFactory<MarketplaceDbContext> dbFactory, RegionDirectory regions, CategoryTaxonomy taxonomy, TimeProvider clock)
{
    /// <summary>The largest service radius a resource may have (ck_resources_radius): the index-served bound of every reach test.</summary>
    private const double MaxServiceRadiusMeters = 200_000;

    public async Task<CoverageGaps> GapsAsync(Viewer viewer, string regionCode, CancellationToken cancellationToken)
    {
        ClearanceAccess.EnsureMayReport(viewer, regionCode);
        var region = await regions.GetAsync(regionCode, cancellationToken);
        var fits = await FittingCategoriesAsync(cancellationToken);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var parameters = ClearanceSql.RegionParameters(region, clock);
        parameters["max_radius"] = MaxServiceRadiusMeters;
        parameters["need_categories"] = fits.Select(f => f.Need).ToArray();
        parameters["serving_categories"] = fits.Select(f => f.Serving).ToArray();
        var gaps = await RawSql.QueryAsync(db, $"""
            WITH fit AS (SELECT * FROM unnest(@need_categories::text[], @serving_categories::text[]) AS f(need_code, serving_code))
            SELECT n.category_code, n.region_code::text, count(*) AS open_needs,
                   count(*) FILTER (WHERE NOT EXISTS (
                       SELECT 1 FROM fit JOIN resources r ON r.category_code = fit.serving_code
                       WHERE fit.need_code = n.category_code
                         AND r.status = 'Open' AND r.remaining_capacity > 0
                         AND (r.available_until IS NULL OR r.available_until >= @today)
                         AND ST_DWithin(r.location, n.location, @max_radius)
                         AND ST_DWithin(r.location, n.location, r.service_radius_meters))
                     AND NOT EXISTS (
                       SELECT 1 FROM charity_projects p JOIN charity_project_target_region t ON t.charity_project_id = p.id
                       WHERE p.status = 'Active' AND p.remaining_capacity > 0 AND (p.ends_on IS NULL OR p.ends_on >= @today)
                         AND t.region_code IN (n.region_code, (left(n.region_code, 9) || '000')::bpchar, (left(n.region_code, 6) || '000000')::bpchar)
                         AND p.category_codes && ARRAY(SELECT fit.serving_code FROM fit WHERE fit.need_code = n.category_code))) AS uncovered
            FROM needs n
            WHERE {ClearanceSql.InRegion} AND n.status NOT IN ('Cleared', 'Cancelled')
            GROUP BY 1, 2
            ORDER BY uncovered DESC, 1, 2
            """, parameters, r => new CoverageGap(r.GetString(0), r.GetString(1), (int)r.GetInt64(2), (int)r.GetInt64(3)), cancellationToken);
        return new CoverageGaps(region.Code, gaps.Sum(g => g.OpenNeeds), gaps.Sum(g => g.UncoveredNeeds), [.. gaps.Where(g => g.UncoveredNeeds > 0)]);
    }

    /// <summary>Every (need category, category that may serve it) pair of the taxonomy: a category is served by itself and its ancestors.</summary>
    private async Task<List<(string Need, string Serving)>> FittingCategoriesAsync(CancellationToken cancellationToken)
    {
        var pairs = new List<(string, string)>();
        foreach (var category in await taxonomy.AllAsync(cancellationToken))
        {
            foreach (var serving in await taxonomy.ServingAsync(category.Code, cancellationToken)) pairs.Add((category.Code, serving));
        }
        return pairs;
    }
}
