namespace Marketplace.DemoData;

/// <summary>
/// The demo's places are all in China (UTC+8): its days and working hours are Chinese ones, and
/// its instants are stored in UTC (Npgsql writes only offset-zero timestamps).
/// </summary>
internal static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The calendar day in China at that instant.</summary>
    public static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(Offset).DateTime);

    /// <summary>That Chinese day and time of day, in UTC.</summary>
    public static DateTimeOffset At(DateOnly day, TimeOnly time) => new DateTimeOffset(day.ToDateTime(time), Offset).ToUniversalTime();
}
