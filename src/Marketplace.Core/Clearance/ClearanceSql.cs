using System.Data.Common;

namespace Marketplace.Core.Clearance;

/// <summary>The figures' definitions, once, in SQL: every report that shows them aggregates with these columns.</summary>
internal static class ClearanceSql
{
    /// <summary>
    /// Five columns over needs aliased <c>n</c>, possibly outer-joined: counting a non-null column
    /// ignores the missing needs, and region_code (rather than id) keeps the scan to the figures
    /// index alone; the median and the 90th percentile come from one sort, as one array. Needs
    /// the parameter @today.
    /// </summary>
    public const string FigureColumns = $"""
        {CountColumns},
        {Percentiles} WITHIN GROUP (ORDER BY {DaysToClear}) FILTER (WHERE n.status = 'Cleared') AS days_to_clear
        """;

    /// <summary>
    /// Opens a statement with the CTE <c>area_figures</c> (prefix, then the columns of
    /// <see cref="FigureColumns"/>): the figures of every area under the region, an area being the
    /// needs whose codes share their first <paramref name="prefixLength"/> characters (an SQL
    /// expression); with <paramref name="withTotal"/>, one more row of the whole region's, prefix
    /// null. Needs are counted by community first, in the order the index on (region_code,
    /// reported_at) hands them over, and the communities are then added up. Grouped by the prefix
    /// directly, a district's 150,000 needs were sorted first (the percentiles are an ordered-set
    /// aggregate, which cannot hash), and a district's map took 113 ms (p50, make bench); now 47.
    /// An area's percentiles come from its communities' times to clear, the same values as the needs'.
    /// </summary>
    public static string AreaFigures(string prefixLength, bool withTotal, string alsoWhere = "") => $"""
        WITH by_community AS (
            SELECT n.region_code, {CountColumns},
                   array_agg({DaysToClear}) FILTER (WHERE n.status = 'Cleared') AS days
            FROM needs n
            WHERE {InRegion} {alsoWhere}
            GROUP BY n.region_code),
        area_figures AS (
            SELECT a.prefix, a.collected, a.cleared, a.cancelled, a.overdue,
                   (SELECT {Percentiles} WITHIN GROUP (ORDER BY d)
                    FROM by_community c, unnest(c.days) AS d
                    WHERE a.prefix IS NULL OR left(c.region_code, {prefixLength}) = a.prefix) AS days_to_clear
            FROM (
                -- The total of a region without needs adds up no rows: zeros, not nulls.
                SELECT left(region_code, {prefixLength}) AS prefix,
                       coalesce(sum(collected), 0)::bigint AS collected, coalesce(sum(cleared), 0)::bigint AS cleared,
                       coalesce(sum(cancelled), 0)::bigint AS cancelled, coalesce(sum(overdue), 0)::bigint AS overdue
                FROM by_community
                GROUP BY {(withTotal ? "GROUPING SETS ((1), ())" : "1")}) a)
        """;

    private const string CountColumns = """
        count(n.region_code) AS collected,
        count(n.region_code) FILTER (WHERE n.status = 'Cleared') AS cleared,
        count(n.region_code) FILTER (WHERE n.status = 'Cancelled') AS cancelled,
        count(n.region_code) FILTER (WHERE n.status NOT IN ('Cleared', 'Cancelled') AND n.due_date < @today) AS overdue
        """;

    private const string DaysToClear = "extract(epoch FROM n.cleared_at - n.reported_at) / 86400";

    private const string Percentiles = "percentile_cont(ARRAY[0.5, 0.9])";

    /// <summary>A region and everything under it, as a range of codes the btree index serves.</summary>
    public const string InRegion = "n.region_code BETWEEN @region_from::bpchar AND @region_to::bpchar";

    /// <summary>The parameters every report starts from: the region's code range (for <see cref="InRegion"/>) and today.</summary>
    public static Dictionary<string, object> RegionParameters(Region region, TimeProvider clock)
    {
        var (from, to) = RegionCode.DescendantRange(region.Code);
        return new Dictionary<string, object> { ["region_from"] = from, ["region_to"] = to, ["today"] = ReportingCalendar.Today(clock) };
    }

    public static ClearanceFigures ReadFigures(DbDataReader reader, int first)
    {
        var daysToClear = reader.IsDBNull(first + 4) ? null : reader.GetFieldValue<double[]>(first + 4);
        return new ClearanceFigures(
            Collected: (int)reader.GetInt64(first),
            Cleared: (int)reader.GetInt64(first + 1),
            Cancelled: (int)reader.GetInt64(first + 2),
            Overdue: (int)reader.GetInt64(first + 3),
            MedianDaysToClear: daysToClear?[0],
            P90DaysToClear: daysToClear?[1]);
    }
}
