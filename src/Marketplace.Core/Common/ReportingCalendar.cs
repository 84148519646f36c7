namespace Marketplace.Core.Common;

/// <summary>
/// The calendar offices report in: China Standard Time (UTC+8, no daylight saving). A period
/// "from 1 to 30 November" means those days in Hefei or Shanghai, not in Greenwich; so do a
/// due date, the last day a resource is available and a project's end. Before 08:00 in China,
/// the UTC date is still yesterday.
/// </summary>
public static class ReportingCalendar
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The PostgreSQL time zone of the same calendar, for grouping by month in SQL.</summary>
    public const string SqlTimeZone = "Asia/Shanghai";

    /// <summary>The first instant of the day, in UTC (as PostgreSQL takes timestamps).</summary>
    public static DateTimeOffset StartOf(DateOnly day) => new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), Offset).ToUniversalTime();

    public static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    public static DateOnly Today(TimeProvider clock) => DayOf(clock.GetUtcNow());
}
