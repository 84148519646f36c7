namespace Marketplace.Core.Clearance;

/// <summary>
/// Whole days, both ends included, in the <see cref="ReportingCalendar"/>; an open end means
/// "since the beginning" or "up to now".
/// </summary>
public sealed record ReportingPeriod(DateOnly? From, DateOnly? To)
{
    /// <summary>The days the product keeps figures for; a period reaching outside them is a typing slip.</summary>
    public static readonly DateOnly EarliestDay = new(2000, 1, 1);
    public static readonly DateOnly LatestDay = new(2099, 12, 31);

    public static ReportingPeriod Validated(DateOnly? from, DateOnly? to)
    {
        EnsureKept(from, "from");
        EnsureKept(to, "to");
        return from is { } f && to is { } t && f > t
            ? throw new ValidationException($"The period starts ({f:yyyy-MM-dd}) after it ends ({t:yyyy-MM-dd}); swap 'from' and 'to'.", "from")
            : new ReportingPeriod(from, to);
    }

    private static void EnsureKept(DateOnly? day, string field)
    {
        if (day is { } d && (d < EarliestDay || d > LatestDay))
        {
            throw new ValidationException($"'{field}' must be between {EarliestDay:yyyy-MM-dd} and {LatestDay:yyyy-MM-dd}; got {d:yyyy-MM-dd}.", field);
        }
    }

    /// <summary>The first instant in the period, or the earliest there is.</summary>
    public DateTimeOffset Start => From is { } from ? ReportingCalendar.StartOf(from) : DateTimeOffset.MinValue.ToUniversalTime();

    /// <summary>The first instant after the period, or the latest there is.</summary>
    public DateTimeOffset End => To is { } to ? ReportingCalendar.StartOf(to.AddDays(1)) : DateTimeOffset.MaxValue.ToUniversalTime();
}
