using Marketplace.Core.Common;
using Marketplace.Core.Common.Paging;
using Marketplace.Core.Data;
using Marketplace.Core.Households;
using Marketplace.Core.Needs;
using Marketplace.Core.Regions;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Core.Identity;

/// <summary>What a donor needs to deliver: who to ask for, how to call, where to go. Nothing else.</summary>
public sealed record DeliveryContact(Guid HouseholdId, Guid OrganisationId, Matching.MatchStatus Status, string HeadName, string? Phone, string Address);

/// <summary>A household's personal data with what deciding who may see it needs.</summary>
public sealed record HouseholdPersonalView(Household Household, HouseholdPersonalData? Data, bool HeldByViewer);

/// <summary>Reading personal data, and the log of every such read.</summary>
public sealed class PersonalDataReads(IDbContextFactory<MarketplaceDbContext> dbFactory, RegionDirectory regions, TimeProvider clock)
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
                Held = db.Needs.Any(n => n.HouseholdId == h.Id && n.ClaimedBy == login && open.Contains(n.Status)),
            })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Household.Id, r => new HouseholdPersonalView(r.Household, r.Data, r.Held));
    }

    /// <summary>For each match: its household's delivery contact and the organisation that delivers; one statement.</summary>
    public async Task<IReadOnlyDictionary<Guid, DeliveryContact>> DeliveryContactsAsync(IReadOnlyCollection<Guid> matchIds, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Matches.AsNoTracking()
            .Where(m => matchIds.Contains(m.Id))
            .Select(m => new
            {
                m.Id,
                Contact = new DeliveryContact(
                    m.Need!.HouseholdId,
                    m.Resource != null ? m.Resource.OrganisationId : m.CharityProject!.OrganisationId,
                    m.Status,
                    m.Need.Household!.Personal!.HeadName,
                    m.Need.Household.Personal.Phone,
                    m.Need.Household.Personal.Address),
            })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Id, r => r.Contact);
    }

    /// <summary>Records reads; called once per request, before the response leaves, so that nothing is shown unrecorded.</summary>
    public async Task RecordAsync(string reader, IReadOnlyCollection<(Guid HouseholdId, string Field)> reads, CancellationToken cancellationToken)
    {
        if (reads.Count == 0) return;
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.PersonalDataReads.AddRange(reads.Distinct().Select(r => new PersonalDataRead { At = now, Reader = reader, HouseholdId = r.HouseholdId, Field = r.Field }));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The log for households of a region, newest first, for its officers.</summary>
    public async Task<IReadOnlyList<PersonalDataRead>> LogAsync(Viewer viewer, string regionCode, int first, CancellationToken cancellationToken)
    {
        var region = await regions.GetAsync(regionCode, cancellationToken);
        viewer.EnsureCovers(region.Code);
        if (first is < 1 or > PageRequest.MaxPageSize) throw new ValidationException($"'first' must be between 1 and {PageRequest.MaxPageSize}; got {first}.", "first");

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var households = db.Households.InRegion(h => h.CommunityCode, region.Code).Select(h => h.Id);
        return await db.PersonalDataReads.AsNoTracking()
            .Where(r => households.Contains(r.HouseholdId))
            .OrderByDescending(r => r.At).ThenByDescending(r => r.Id)
            .Take(first)
            .ToListAsync(cancellationToken);
    }
}
