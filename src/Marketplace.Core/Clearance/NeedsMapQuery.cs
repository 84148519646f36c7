using Marketplace.Core.Needs;

namespace Marketplace.Core.Clearance;

public sealed class NeedsMapQuery(IDbContextFactory<MarketplaceDbContext> dbFactory, RegionDirectory regions, TimeProvider clock)
{
    /// <summary>A city's map stays readable and its response small: the most urgent open needs first, this many at most.</summary>
    public const int MaxPoints = 2_000;

    public async Task<NeedsMap> MapAsync(Viewer viewer, string regionCode, RegionLevel? level, bool withPoints, CancellationToken cancellationToken)
    {
        ClearanceAccess.EnsureMayReport(viewer, regionCode);
        var region = await regions.GetAsync(regionCode, cancellationToken);
        var areaLevel = level ?? ChildLevel(region.Level);
        if (areaLevel < region.Level)
        {
            throw new ValidationException($"A {region.Level} map is drawn by its {region.Level} or smaller areas, not by {areaLevel}.", "level");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var parameters = ClearanceSql.RegionParameters(region, clock);
        parameters["level"] = areaLevel.ToString();
        parameters["prefix_length"] = RegionCode.SignificantPrefix(region.Code, areaLevel).Length;
        // An area with no needs still gets its zeros.
        var areas = await RawSql.QueryAsync(db, $"""
            {ClearanceSql.AreaFigures("@prefix_length", withTotal: false)}
            SELECT a.code, a.name, ST_AsGeoJSON(coalesce(a.boundary, a.centroid), 6),
                   coalesce(f.collected, 0), coalesce(f.cleared, 0), coalesce(f.cancelled, 0), coalesce(f.overdue, 0), f.days_to_clear
            FROM regions a
            LEFT JOIN area_figures f ON f.prefix = left(a.code, @prefix_length)
            WHERE a.level = @level AND a.code BETWEEN @region_from::bpchar AND @region_to::bpchar
            ORDER BY a.code
            """, parameters, r => new NeedsMapArea(r.GetString(0), r.GetString(1), r.GetString(2), ClearanceSql.ReadFigures(r, 3)), cancellationToken);

        var points = withPoints ? await PointsAsync(db, viewer, parameters, cancellationToken) : null;
        return new NeedsMap(region.Code, areaLevel, areas, points);
    }

    /// <summary>
    /// Exact points for those who may locate households (staff and officers of the area, admins);
    /// a social worker sees the points of the needs they hold; donors see none.
    /// </summary>
    private static async Task<List<NeedsMapPoint>?> PointsAsync(
        MarketplaceDbContext db, Viewer viewer, Dictionary<string, object> parameters, CancellationToken cancellationToken)
    {
        var holderOnly = viewer.Role == Role.SocialWorker;
        if (!PersonalDataPolicy.MayLocateExactly(viewer) && !holderOnly) return null;
        parameters["max_points"] = MaxPoints;
        parameters["holder"] = viewer.Login;
        return await RawSql.QueryAsync(db, $"""
            SELECT n.id, n.household_id, n.region_code, r.name, n.category_code, n.urgency, n.status,
                   ST_X(n.location::geometry), ST_Y(n.location::geometry)
            FROM needs n JOIN regions r ON r.code = n.region_code
            WHERE {ClearanceSql.InRegion} AND n.status NOT IN ('Cleared', 'Cancelled')
              {(holderOnly ? "AND n.claimed_by = @holder" : "")}
            ORDER BY n.urgency DESC, n.reported_at
            LIMIT @max_points
            """, parameters, r => new NeedsMapPoint(
                r.GetGuid(0), r.GetGuid(1), r.GetString(2), r.GetString(3), r.GetString(4), (Urgency)r.GetInt16(5),
                Enum.Parse<NeedStatus>(r.GetString(6)), r.GetDouble(7), r.GetDouble(8)), cancellationToken);
    }

    private static RegionLevel ChildLevel(RegionLevel level) => level switch
    {
        RegionLevel.District => RegionLevel.SubDistrict,
        _ => RegionLevel.Community,
    };
}
