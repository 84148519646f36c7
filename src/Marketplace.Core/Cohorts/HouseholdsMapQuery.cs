using Marketplace.Core.Households;

namespace Marketplace.Core.Cohorts;

/// <summary>Counts households per area in one statement (the tombstones of merged files left out), and reads the points of the HIGH-risk ones.</summary>
public sealed class HouseholdsMapQuery(IDbContextFactory<MarketplaceDbContext> dbFactory, RegionDirectory regions)
{
    /// <summary>A city's map stays readable and its response small.</summary>
    public const int MaxPoints = 2_000;

    private static readonly RiskLevel[] Levels = [RiskLevel.High, RiskLevel.Medium, RiskLevel.Low];
    private static readonly AssistanceStatus[] Statuses = [.. Enum.GetValues<AssistanceStatus>().Where(s => s != AssistanceStatus.None)];

    // One count per risk level, then one per assistance flag; the columns' order is the arrays'.
    private static readonly string CountColumns = string.Join(",\n", [
        "count(*) AS households",
        .. Levels.Select(l => $"count(*) FILTER (WHERE h.risk_level = {(short)l})"),
        .. Statuses.Select(s => $"count(*) FILTER (WHERE h.assistance_status & {(int)s} <> 0)")]);

    public async Task<HouseholdsMap> MapAsync(Viewer viewer, string regionCode, RegionLevel? level, bool highRiskPoints, CancellationToken cancellationToken)
    {
        CohortAccess.RegionFor(viewer, regionCode);
        var region = await regions.GetAsync(regionCode, cancellationToken);
        var areaLevel = level ?? (region.Level == RegionLevel.District ? RegionLevel.SubDistrict : RegionLevel.Community);
        if (areaLevel < region.Level)
        {
            throw new ValidationException($"A {region.Level} map is drawn by its {region.Level} or smaller areas, not by {areaLevel}.", "level");
        }
        var (from, to) = RegionCode.DescendantRange(region.Code);
        var parameters = new Dictionary<string, object>
        {
            ["region_from"] = from, ["region_to"] = to, ["level"] = areaLevel.ToString(),
            ["prefix_length"] = RegionCode.SignificantPrefix(region.Code, areaLevel).Length, ["max_points"] = MaxPoints,
        };

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // An area without households still gets its zeros.
        var columns = 1 + Levels.Length + Statuses.Length;
        var areas = await RawSql.QueryAsync(db, $"""
            WITH area_counts AS (
                SELECT left(h.community_code, @prefix_length) AS prefix, {CountColumns}
                FROM households h
                WHERE h.community_code BETWEEN @region_from::bpchar AND @region_to::bpchar AND h.merged_into_id IS NULL
                GROUP BY 1)
            SELECT a.code, a.name, ST_AsGeoJSON(coalesce(a.boundary, a.centroid), 6), c.*
            FROM regions a
            LEFT JOIN area_counts c ON c.prefix = left(a.code, @prefix_length)
            WHERE a.level = @level AND a.code BETWEEN @region_from::bpchar AND @region_to::bpchar
            ORDER BY a.code
            """, parameters, r =>
            {
                // c.* starts with the prefix, at 3; the counts follow it.
                var counts = Enumerable.Range(4, columns).Select(i => r.IsDBNull(i) ? 0 : (int)r.GetInt64(i)).ToArray();
                return new HouseholdsMapArea(r.GetString(0), r.GetString(1), r.GetString(2), counts[0],
                    [.. Levels.Select((l, i) => (l, counts[1 + i]))],
                    [.. Statuses.Select((s, i) => (s, counts[1 + Levels.Length + i]))]);
            }, cancellationToken);

        var points = highRiskPoints && PersonalDataPolicy.MayLocateExactly(viewer)
            ? await RawSql.QueryAsync(db, $"""
                SELECT h.id, h.community_code, r.name, h.risk_level, ST_X(h.location::geometry), ST_Y(h.location::geometry)
                FROM households h JOIN regions r ON r.code = h.community_code
                WHERE h.community_code BETWEEN @region_from::bpchar AND @region_to::bpchar
                  AND h.merged_into_id IS NULL AND h.risk_level = {(short)RiskLevel.High}
                ORDER BY h.risk_score DESC NULLS LAST, h.id
                LIMIT @max_points
                """, parameters, r => new HouseholdsMapPoint(
                    r.GetGuid(0), r.GetString(1), r.GetString(2), (RiskLevel)r.GetInt16(3), r.GetDouble(4), r.GetDouble(5)), cancellationToken)
            : null;
        return new HouseholdsMap(region.Code, areaLevel, areas, points);
    }
}
