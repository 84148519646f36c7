using Marketplace.Core.Common.Paging;

namespace Marketplace.Core.Households;

/// <summary>The log of every read of a household's personal data: written before the data leaves, read by officers.</summary>
public sealed class PersonalDataLog(IDbContextFactory<MarketplaceDbContext> dbFactory, RegionDirectory regions, TimeProvider clock)
{
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
