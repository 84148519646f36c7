using Marketplace.Core.Categories;

namespace Marketplace.Core.Clearance;

/// <summary>
/// An open need is covered when something could serve it today, by the same rules as
/// suggestions: an open resource of a fitting category with capacity left, available today,
/// whose service radius reaches the household; or an active project of a fitting category with
/// places left, targeting the need's community or a region above it.
/// </summary>
public sealed class CoverageGapQuery(IDbContextFactory<MarketplaceDbContext> dbFactory, RegionDirectory regions, CategoryTaxonomy taxonomy, TimeProvider clock)
{
    /// <summary>
    /// Needs are first taken by cells of this many degrees (about 500 m): one probe answers for
    /// all the needs of a category in a cell when one resource reaches the whole cell, as in a
    /// city nearly every cell is. Only the needs of other cells are probed one by one. The
    /// answer is the same either way (a test compares it with the one-by-one count).
    /// </summary>
    public const double CellDegrees = 0.005;

    /// <summary>
    /// SQL: whether an open resource of a category that may serve <paramref name="category"/>,
    /// with capacity left and available today, reaches <paramref name="point"/> from no farther
    /// than <paramref name="radius"/> (an expression over the resource r). Per fitting category,
    /// the first such resource will do (LIMIT 1). The longest open reach bounds the scan: a bound
    /// the GiST index can serve, where each resource's own radius cannot.
    /// </summary>
    private static string OpenResourceReaches(string point, string category, string radius) => $"""
        EXISTS (
            SELECT 1 FROM fit CROSS JOIN LATERAL (
                SELECT 1 FROM resources r
                WHERE r.status = 'Open' AND r.category_code = fit.serving_code AND r.remaining_capacity > 0
                  AND (r.available_until IS NULL OR r.available_until >= @today)
                  AND ST_DWithin(r.location, {point}, (SELECT meters FROM reach))
                  AND ST_DWithin(r.location, {point}, {radius})
                LIMIT 1) AS reaching
            WHERE fit.need_code = {category})
        """;

    public async Task<CoverageGaps> GapsAsync(Viewer viewer, string regionCode, CancellationToken cancellationToken)
    {
        ClearanceAccess.EnsureMayReport(viewer, regionCode);
        var region = await regions.GetAsync(regionCode, cancellationToken);
        var fits = await FittingCategoriesAsync(cancellationToken);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var parameters = ClearanceSql.RegionParameters(region, clock);
        parameters["need_categories"] = fits.Select(f => f.Need).ToArray();
        parameters["serving_categories"] = fits.Select(f => f.Serving).ToArray();
        parameters["cell_degrees"] = CellDegrees;
        var gaps = await RawSql.QueryAsync(db, $"""
            WITH fit AS (SELECT * FROM unnest(@need_categories::text[], @serving_categories::text[]) AS f(need_code, serving_code)),
                 -- The longest reach of any open resource (from an index on open resources' radius).
                 reach AS (SELECT coalesce(max(service_radius_meters), 0) AS meters FROM resources WHERE status = 'Open'),
                 open_needs AS MATERIALIZED (
                     SELECT n.category_code, n.region_code, n.location,
                            floor(ST_X(n.location::geometry) / @cell_degrees)::int AS cell_x,
                            floor(ST_Y(n.location::geometry) / @cell_degrees)::int AS cell_y
                     FROM needs n
                     WHERE {ClearanceSql.InRegion} AND n.status NOT IN ('Cleared', 'Cancelled')),
                 cells AS (
                     SELECT c.cell_x, c.cell_y, c.category_code, centre.point,
                            -- From the centre to the farthest corner (the one nearer the equator),
                            -- with a margin for the spheroid's curvature.
                            ST_Distance(centre.point, ST_SetSRID(ST_MakePoint(c.cell_x * @cell_degrees,
                                CASE WHEN c.cell_y >= 0 THEN c.cell_y * @cell_degrees ELSE (c.cell_y + 1) * @cell_degrees END), 4326)::geography) * 1.01 + 1
                                AS half_diagonal
                     FROM (SELECT DISTINCT cell_x, cell_y, category_code FROM open_needs) c
                     CROSS JOIN LATERAL (SELECT ST_SetSRID(ST_MakePoint((c.cell_x + 0.5) * @cell_degrees, (c.cell_y + 0.5) * @cell_degrees), 4326)::geography AS point) centre),
                 -- A cell is covered for a category when one resource reaches every point of it:
                 -- its centre is within the resource's radius less the cell's half-diagonal. A
                 -- radius no longer than that gives a null distance (ST_DWithin refuses a negative
                 -- one), so that resource does not count.
                 covered_cells AS (
                     SELECT c.cell_x, c.cell_y, c.category_code FROM cells c
                     WHERE {OpenResourceReaches("c.point", "c.category_code",
                         "CASE WHEN r.service_radius_meters > c.half_diagonal THEN r.service_radius_meters - c.half_diagonal END")})
            SELECT n.category_code, n.region_code::text, count(*) AS open_needs,
                   count(*) FILTER (WHERE CASE
                       WHEN covered.cell_x IS NOT NULL THEN false
                       WHEN {OpenResourceReaches("n.location", "n.category_code", "r.service_radius_meters")} THEN false
                       ELSE NOT EXISTS (
                           SELECT 1 FROM charity_projects p JOIN charity_project_target_region t ON t.charity_project_id = p.id
                           WHERE p.status = 'Active' AND p.remaining_capacity > 0 AND (p.ends_on IS NULL OR p.ends_on >= @today)
                             AND t.region_code IN (n.region_code, (left(n.region_code, 9) || '000')::bpchar, (left(n.region_code, 6) || '000000')::bpchar)
                             AND p.category_codes && ARRAY(SELECT fit.serving_code FROM fit WHERE fit.need_code = n.category_code))
                   END) AS uncovered
            FROM open_needs n
            LEFT JOIN covered_cells covered USING (cell_x, cell_y, category_code)
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
