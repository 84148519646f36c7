using Marketplace.Core.Common.Paging;

namespace Marketplace.Core.Warnings;

/// <summary>What a warnings list asks for; <see cref="Overdue"/> means open (not acknowledged) past its deadline now.</summary>
public sealed record WarningFilter(string? RegionCode, IReadOnlyList<WarningStatus>? Statuses, bool? Overdue, Guid? HouseholdId);

/// <summary>
/// A region's warnings (an inbox), the nearest deadline first, keyset-paged on (due, id): the
/// index on (community_code, status, due_at) serves a community's open ones.
/// </summary>
public sealed class WarningSearch(IDbContextFactory<MarketplaceDbContext> dbFactory, RegionDirectory regions, TimeProvider clock)
{
    private const string Ordering = "due";

    public async Task<Page<Warning>> SearchAsync(Viewer viewer, WarningFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        var region = WarningAccess.Region(viewer, filter.RegionCode) is { } code ? (await regions.GetAsync(code, cancellationToken)).Code : null;
        var keys = page.After is null ? null : Cursor.Decode(page.After, Ordering, 2);
        var now = clock.GetUtcNow();
        IQueryable<Warning> Filtered(MarketplaceDbContext db)
        {
            var warnings = db.Warnings.AsNoTracking();
            if (region is not null) warnings = warnings.InRegion(w => w.CommunityCode, region);
            if (filter.Statuses is { Count: > 0 } statuses) warnings = warnings.Where(w => statuses.Contains(w.Status));
            if (filter.HouseholdId is { } household) warnings = warnings.Where(w => w.HouseholdId == household);
            if (filter.Overdue is { } overdue)
            {
                warnings = overdue
                    ? warnings.Where(w => w.Status == WarningStatus.Open && w.DueAt < now)
                    : warnings.Where(w => w.Status != WarningStatus.Open || w.DueAt >= now);
            }
            return warnings;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = Filtered(db);
        if (keys is not null)
        {
            var (dueAt, id) = (Cursor.ParseTimestamp(keys[0]), Cursor.ParseGuid(keys[1]));
            rows = rows.Where(w => EF.Functions.GreaterThan(ValueTuple.Create(w.DueAt, w.Id), ValueTuple.Create(dueAt, id)));
        }
        var found = await rows.OrderBy(w => w.DueAt).ThenBy(w => w.Id).Take(page.First + 1).ToListAsync(cancellationToken);
        return Page.Of(found, page, w => Cursor.Encode(Ordering, w.DueAt, w.Id), KeyedReads.Counting(dbFactory, Filtered));
    }
}
