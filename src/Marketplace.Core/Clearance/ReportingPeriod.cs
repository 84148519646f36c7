namespace Marketplace.Core.Clearance;

/// <summary>
/// Whole days, both ends included, in the <see cref="ReportingCalendar"/>; an open end means
/// "since the beginning" or "up to now".
/// </summary>
public sealed record ReportingPeriod(DateOnly? From, DateOnly? To)
{
    public static ReportingPeriod Validated(DateOnly? from, DateOnly? to) =>
        from is { } f && to is { } t && f > t
            ? throw new ValidationException($"The period starts ({f:yyyy-MM-dd}) after it ends ({t:yyyy-MM-dd}); swap 'from' and 'to'.", "from")
            : new ReportingPeriod(from, to);

    /// <summary>The first instant in the period, or the earliest there is.</summary>
    public DateTimeOffset Start => From is { } from ? ReportingCalendar.StartOf(from) : DateTimeOffset.MinValue.ToUniversalTime();

    /// <summary>The first instant after the period, or the latest there is.</summary>
    public DateTimeOffset End => To is { } to ? ReportingCalendar.StartOf(to.AddDays(1)) : DateTimeOffset.MaxValue.ToUniversalTime();
}
