using System.Data.Common;
using Marketplace.Core.Common;
using Marketplace.Core.Regions;

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
    public const string FigureColumns = """
        count(n.region_code) AS collected,
        count(n.region_code) FILTER (WHERE n.status = 'Cleared') AS cleared,
        count(n.region_code) FILTER (WHERE n.status = 'Cancelled') AS cancelled,
        count(n.region_code) FILTER (WHERE n.status NOT IN ('Cleared', 'Cancelled') AND n.due_date < @today) AS overdue,
        percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY extract(epoch FROM n.cleared_at - n.reported_at) / 86400)
            FILTER (WHERE n.status = 'Cleared') AS days_to_clear
        """;

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
