using Marketplace.Core.Clearance;

namespace Marketplace.Core.Warnings;

/// <summary>
/// The office's warning figures for a region and period (by when each was raised): how many were
/// raised, answered (acknowledged) at all and by their deadline, are open past it now, and resolved.
/// </summary>
public sealed record WarningFigures(int Raised, int Answered, int AnsweredInTime, int Overdue, int Resolved)
{
    /// <summary>Answered in time out of those raised; null when none were.</summary>
    public double? InTimeRate => Raised > 0 ? (double)AnsweredInTime / Raised : null;
}

public sealed class WarningFiguresQuery(IDbContextFactory<MarketplaceDbContext> dbFactory, TimeProvider clock)
{
    public async Task<WarningFigures> OfAsync(Viewer viewer, string regionCode, ReportingPeriod period, CancellationToken cancellationToken)
    {
        WarningAccess.Region(viewer, regionCode);
        var (from, to) = RegionCode.DescendantRange(regionCode);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return (await RawSql.QueryAsync(db, $"""
            SELECT count(*),
                   count(*) FILTER (WHERE w.acknowledged_at IS NOT NULL),
                   count(*) FILTER (WHERE w.acknowledged_at <= w.due_at),
                   count(*) FILTER (WHERE w.status = '{WarningStatus.Open}' AND w.due_at < @now),
                   count(*) FILTER (WHERE w.status = '{WarningStatus.Resolved}')
            FROM warnings w
            WHERE w.community_code BETWEEN @region_from::bpchar AND @region_to::bpchar AND w.raised_at >= @start AND w.raised_at < @end
            """,
            new Dictionary<string, object> { ["region_from"] = from, ["region_to"] = to, ["now"] = clock.GetUtcNow(), ["start"] = period.Start, ["end"] = period.End },
            r => new WarningFigures((int)r.GetInt64(0), (int)r.GetInt64(1), (int)r.GetInt64(2), (int)r.GetInt64(3), (int)r.GetInt64(4)),
            cancellationToken)).Single();
    }
}
