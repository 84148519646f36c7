using System.Runtime.CompilerServices;
using Marketplace.Core.Households;
using Marketplace.Core.Needs;

namespace Marketplace.Core.Clearance;

/// <summary>One line of the needs ledger (需求台账). The household's name, phone and address only where the reader may see them.</summary>
public sealed record LedgerRow(
    Guid NeedId, string? SubDistrict, string Community, string Category, string PublicSummary, Urgency Urgency, int? Quantity, string? Unit,
    DateTimeOffset ReportedAt, DateOnly? DueDate, NeedStatus Status, string? ClaimedBy, DateTimeOffset? ClaimedAt,
    DateTimeOffset? ClearedAt, string? ClearanceNote, string? CancellationReason, string? HeadName, string? Phone, string? Address);

/// <summary>
/// The ledger of a region's needs collected in a period, oldest first, streamed row by row. The
/// personal columns follow <see cref="PersonalDataPolicy"/>, and every household whose file goes
/// out is on record before the first row does.
/// </summary>
public sealed class NeedsLedger(IDbContextFactory<MarketplaceDbContext> dbFactory, RegionDirectory regions, PersonalDataLog personalDataLog)
{
    public async Task<IAsyncEnumerable<LedgerRow>> OpenAsync(Viewer viewer, string regionCode, ReportingPeriod period, CancellationToken cancellationToken)
    {
        NeedAccess.EnsureCaseworker(viewer, "ledger");
        ClearanceAccess.EnsureMayReport(viewer, regionCode);
        var region = await regions.GetAsync(regionCode, cancellationToken);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var revealed = await Rows(db, region, period).Where(Reveals(viewer)).Select(n => n.HouseholdId).Distinct().ToListAsync(cancellationToken);
        await personalDataLog.RecordAsync(viewer.Login, [.. revealed.Select(h => (h, "ledger"))], cancellationToken);
        return StreamAsync(viewer, region, period, cancellationToken);
    }

    private async IAsyncEnumerable<LedgerRow> StreamAsync(Viewer viewer, Region region, ReportingPeriod period, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var reveals = Reveals(viewer).Compile();
        var rows = Rows(db, region, period)
            .OrderBy(n => n.ReportedAt).ThenBy(n => n.Id)
            .Select(n => new
            {
                Need = n,
                SubDistrict = db.Set<Region>().Where(r => r.Code == n.Region!.ParentCode).Select(r => r.Name).FirstOrDefault(),
                Community = n.Region!.Name,
                Category = n.Category!.Name,
                n.Household!.Personal,
            })
            .AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            var n = row.Need;
            var personal = reveals(n) ? row.Personal : null;
            yield return new LedgerRow(
                n.Id, row.SubDistrict, row.Community, row.Category, n.PublicSummary, n.Urgency, n.Quantity, n.Unit, n.ReportedAt, n.DueDate, n.Status,
                n.ClaimedBy, n.ClaimedAt, n.ClearedAt, n.ClearanceNote, n.CancellationReason, personal?.HeadName, personal?.Phone, personal?.Address);
        }
    }

    private static IQueryable<Need> Rows(MarketplaceDbContext db, Region region, ReportingPeriod period)
    {
        var needs = db.Needs.AsNoTracking().InRegion(n => n.RegionCode, region.Code);
        if (period.From is not null) needs = needs.Where(n => n.ReportedAt >= period.Start);
        if (period.To is not null) needs = needs.Where(n => n.ReportedAt < period.End);
        return needs;
    }

    /// <summary>
    /// Whose files the reader may see, as the policy says: the area's staff and officers (whose
    /// area this region is, or the ledger was refused) and admins all; a social worker those of the
    /// open needs they hold; nobody else any.
    /// </summary>
    private static System.Linq.Expressions.Expression<Func<Need, bool>> Reveals(Viewer viewer)
    {
        if (viewer.Role is Role.Admin or Role.CommunityStaff or Role.SubDistrictOfficer) return n => true;
        var login = viewer.Login;
        if (viewer.Role == Role.SocialWorker) return n => n.ClaimedBy == login && n.Status != NeedStatus.Cleared && n.Status != NeedStatus.Cancelled;
        return n => false;
    }
}
