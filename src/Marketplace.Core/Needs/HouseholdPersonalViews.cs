using Marketplace.Core.Households;

namespace Marketplace.Core.Needs;

/// <summary>A household's personal data with what deciding who may see it needs.</summary>
public sealed record HouseholdPersonalView(Household Household, HouseholdPersonalData? Data, bool HeldByViewer);

/// <summary>Households' personal data, with whether the viewer holds one of their open needs (a social worker's right to see it).</summary>
public sealed class HouseholdPersonalViews(IDbContextFactory<MarketplaceDbContext> dbFactory)
{
    /// <summary>For each household: its personal data and whether <paramref name="login"/> holds one of its open needs; one statement.</summary>
    public async Task<IReadOnlyDictionary<Guid, HouseholdPersonalView>> ForViewerAsync(
        IReadOnlyCollection<Guid> householdIds, string login, CancellationToken cancellationToken)
    {
        var open = NeedStatuses.Open;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Households.AsNoTracking()
            .Where(h => householdIds.Contains(h.Id))
            .Select(h => new
            {
                Household = h,
                Data = db.Set<HouseholdPersonalData>().SingleOrDefault(p => p.HouseholdId == h.Id),
                Held = db.Set<Need>().Any(n => n.HouseholdId == h.Id && n.ClaimedBy == login && open.Contains(n.Status)),
            })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Household.Id, r => new HouseholdPersonalView(r.Household, r.Data, r.Held));
    }
}
