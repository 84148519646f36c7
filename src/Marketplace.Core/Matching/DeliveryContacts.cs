namespace Marketplace.Core.Matching;

/// <summary>What a donor needs to deliver: who to ask for, how to call, where to go. Nothing else.</summary>
public sealed record DeliveryContact(Guid HouseholdId, Guid OrganisationId, MatchStatus Status, string HeadName, string? Phone, string Address);

/// <summary>Matches' delivery contacts, read for the organisation delivering.</summary>
public sealed class DeliveryContacts(IDbContextFactory<MarketplaceDbContext> dbFactory)
{
    /// <summary>
    /// What delivery requires, for the organisation that accepted the match, while it is accepted:
    /// once delivered (or before acceptance) the household is none of its business.
    /// </summary>
    public static bool MaySee(Viewer viewer, DeliveryContact contact) =>
        contact.Status == MatchStatus.Accepted
        && (viewer.IsAdmin || (viewer.Role.IsOrganisationScoped() && viewer.OrganisationId == contact.OrganisationId));

    /// <summary>For each match: its household's delivery contact and the organisation that delivers; one statement.</summary>
    public async Task<IReadOnlyDictionary<Guid, DeliveryContact>> ForMatchesAsync(IReadOnlyCollection<Guid> matchIds, CancellationToken cancellationToken)
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
}
