namespace Marketplace.Core.Clearance;

/// <summary>
/// The office's figures for a set of needs (definitions in the README, "Clearance figures"):
/// cancelled needs leave the rate's denominator; times to clear are in days, from report to the
/// last clearance.
/// </summary>
public sealed record ClearanceFigures(int Collected, int Cleared, int Cancelled, int Overdue, double? MedianDaysToClear, double? P90DaysToClear)
{
    public int Open => Collected - Cleared - Cancelled;

    /// <summary>Cleared out of those collected and not cancelled; null when there are none.</summary>
    public double? ClearanceRate => Collected - Cancelled is var counted and > 0 ? (double)Cleared / counted : null;
}

public sealed record ClearanceGroup(string Key, string Label, ClearanceFigures Figures);

public sealed record ClearanceStats(string RegionCode, ReportingPeriod Period, ClearanceGrouping? GroupBy, ClearanceFigures Total, IReadOnlyList<ClearanceGroup> Groups);
