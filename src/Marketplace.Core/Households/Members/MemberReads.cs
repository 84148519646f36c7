namespace Marketplace.Core.Households.Members;

/// <summary>
/// Households' members in one statement for a page of households: only for the privacy guard,
/// which has asked <see cref="PersonalDataPolicy"/> first and logs what it reveals.
/// </summary>
public sealed class MemberReads(IDbContextFactory<MarketplaceDbContext> dbFactory)
{
    /// <summary>Every member of each household, removed ones too: the head first, then in the order they were added, the eldest first.</summary>
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<HouseholdMember>>> ForHouseholdsAsync(IReadOnlyCollection<Guid> householdIds, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var members = await db.HouseholdMembers.AsNoTracking()
            .Where(m => householdIds.Contains(m.HouseholdId))
            .OrderBy(m => m.HouseholdId).ThenBy(m => m.Relation != MemberRelation.Head).ThenBy(m => m.AddedAt).ThenBy(m => m.BirthDate == null).ThenBy(m => m.BirthDate).ThenBy(m => m.Id)
            .ToListAsync(cancellationToken);
        return members.GroupBy(m => m.HouseholdId).ToDictionary(g => g.Key, g => (IReadOnlyList<HouseholdMember>)g.ToList());
    }

    /// <summary>Full years on <paramref name="today"/> (a day in China: see <see cref="ReportingCalendar"/>).</summary>
    public static int AgeOn(DateOnly birthDate, DateOnly today) =>
        today.Year - birthDate.Year - (today < birthDate.AddYears(today.Year - birthDate.Year) ? 1 : 0);
}
