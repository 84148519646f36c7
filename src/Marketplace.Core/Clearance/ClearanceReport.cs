namespace Marketplace.Core.Clearance;

/// <summary>
/// The office's one figure and its breakdowns: of the needs collected in a period, how many are
/// cleared, open, overdue and cancelled as they stand now, and how long clearing took.
/// </summary>
public sealed class ClearanceReport(IDbContextFactory<MarketplaceDbContext> dbFactory, RegionDirectory regions, TimeProvider clock)
{
    public async Task<ClearanceStats> StatsAsync(
        Viewer viewer, string regionCode, ReportingPeriod period, ClearanceGrouping? groupBy, CancellationToken cancellationToken)
    {
        ClearanceAccess.EnsureMayReport(viewer, regionCode);
        var region = await regions.GetAsync(regionCode, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var parameters = Parameters(region, period);
        var grouping = groupBy is { } g ? Grouping.Of(g) : Grouping.None;
        var rows = await QueryAsync(db, grouping, period, parameters, cancellationToken);
        // The total comes in the same pass (the grouping set "()", key null), except by
        // organisation: a need served by two organisations is in two groups but counts once in all.
        var total = grouping.TotalInSamePass ? rows.Single(r => r.Key is null)
            : (await QueryAsync(db, Grouping.None, period, parameters, cancellationToken)).Single();
        return new ClearanceStats(region.Code, period, groupBy, total.Figures, [.. rows.Where(r => r.Key is not null).Select(r => r.Group)]);
    }

    internal Dictionary<string, object> Parameters(Region region, ReportingPeriod period)
    {
        var parameters = ClearanceSql.RegionParameters(region, clock);
        if (period.From is not null) parameters["start"] = period.Start;
        if (period.To is not null) parameters["end"] = period.End;
        return parameters;
    }

    /// <summary>A row of figures: a group's, or (key null) the total's.</summary>
    private sealed record Row(string? Key, string? Label, ClearanceFigures Figures)
    {
        public ClearanceGroup Group => new(Key ?? "", Label ?? Key ?? "", Figures);
    }

    private static Task<List<Row>> QueryAsync(
        MarketplaceDbContext db, Grouping grouping, ReportingPeriod period, Dictionary<string, object> parameters, CancellationToken cancellationToken) =>
        RawSql.QueryAsync(db, Sql(grouping, period), parameters,
            r => new Row(r.NullableString(0), r.NullableString(1), ClearanceSql.ReadFigures(r, 2)), cancellationToken);

    /// <summary>The statement of one breakdown (or of the total, without one): what a plan test reads with EXPLAIN.</summary>
    internal static string Sql(ClearanceGrouping? grouping, ReportingPeriod period) => Sql(grouping is { } g ? Grouping.Of(g) : Grouping.None, period);

    private static string Sql(Grouping grouping, ReportingPeriod period) => grouping.AreaPrefixLength is { } prefixLength
        ? $"""
            {ClearanceSql.AreaFigures(prefixLength, withTotal: true, PeriodCondition(period))}
            SELECT g.key, {grouping.Label}, g.collected, g.cleared, g.cancelled, g.overdue, g.days_to_clear
            FROM (SELECT {grouping.Key} AS key, f.* FROM area_figures f) g
            {grouping.LabelJoin}
            ORDER BY g.key NULLS FIRST
            """
        : $"""
            SELECT g.key, {grouping.Label}, g.collected, g.cleared, g.cancelled, g.overdue, g.days_to_clear
            FROM (
                SELECT {grouping.Key} AS key, {ClearanceSql.FigureColumns}
                FROM needs n {grouping.Join}
                WHERE {ClearanceSql.InRegion} {PeriodCondition(period)}
                {grouping.GroupBy}) g
            {grouping.LabelJoin}
            ORDER BY g.key NULLS FIRST
            """;

    private static string PeriodCondition(ReportingPeriod period) =>
        (period.From is null ? "" : "AND n.reported_at >= @start ") + (period.To is null ? "" : "AND n.reported_at < @end");

    /// <summary>The SQL of one breakdown: its key per need, what it joins to get there, and its label per key.</summary>
    /// <remarks>
    /// A grouping by region code prefix (<see cref="AreaPrefixLength"/>) reads its figures from
    /// <see cref="ClearanceSql.AreaFigures"/>, its key then an expression of the area's prefix.
    /// </remarks>
    private sealed record Grouping(string Key, string Join, string Label, string LabelJoin, string? AreaPrefixLength = null)
    {
        /// <summary>No breakdown: an aggregate without GROUP BY, so one row of totals (key null) even when there are no needs.</summary>
        public static readonly Grouping None = new("NULL::text", "", "NULL", "");

        /// <summary>Whether the total is one more grouping set of the same statement: not when a need may be in two groups.</summary>
        public bool TotalInSamePass => Join.Length == 0;

        public string GroupBy => this == None ? "" : TotalInSamePass ? $"GROUP BY GROUPING SETS (({Key}), ())" : "GROUP BY 1";

        public static Grouping Of(ClearanceGrouping grouping) => grouping switch
        {
            // Sub-districts are the communities' codes' first 9 characters.
            ClearanceGrouping.SubDistrict => new("f.prefix || '000'", "", "r.name", "LEFT JOIN regions r ON r.code = g.key::bpchar", AreaPrefixLength: "9"),
            // The code as stored, not as text: the index on (region_code, reported_at) then hands
            // the needs over in group order, and a district's 150,000 are not sorted again.
            ClearanceGrouping.Community => new("n.region_code", "", "r.name", "LEFT JOIN regions r ON r.code = g.key"),
            ClearanceGrouping.Category => new("n.category_code", "", "c.name", "LEFT JOIN need_categories c ON c.code = g.key"),
            ClearanceGrouping.Month => new($"to_char(n.reported_at AT TIME ZONE '{ReportingCalendar.SqlTimeZone}', 'YYYY-MM')", "", "NULL", ""),
            ClearanceGrouping.Organisation => new("coalesce(served.organisation_id::text, '')", ServedBy, "o.name", "LEFT JOIN organisations o ON o.id::text = g.key"),
            _ => throw new ArgumentOutOfRangeException(nameof(grouping), grouping, null),
        };

        /// <summary>The organisations whose resources or projects were accepted for a need (or none: one row of nulls).</summary>
        private const string ServedBy = """
            LEFT JOIN LATERAL (
                SELECT DISTINCT coalesce(r.organisation_id, p.organisation_id) AS organisation_id
                FROM matches m
                LEFT JOIN resources r ON r.id = m.resource_id
                LEFT JOIN charity_projects p ON p.id = m.charity_project_id
                WHERE m.need_id = n.id AND m.status IN ('Accepted', 'Delivered')) served ON true
            """;
    }
}
