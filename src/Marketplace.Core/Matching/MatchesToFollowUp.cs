using Marketplace.Core.Organisations;

namespace Marketplace.Core.Matching;

/// <summary>
/// Accepted matches whose provider's organisation is suspended: the households were promised them,
/// so they stand, and the officers of the households' area follow each up (with the organisation,
/// or by finding another provider).
/// </summary>
public sealed class MatchesToFollowUp(IDbContextFactory<MarketplaceDbContext> dbFactory)
{
    public async Task<IReadOnlyList<Match>> OfSuspendedProvidersAsync(Viewer viewer, string? regionCode, CancellationToken cancellationToken)
    {
        if (!viewer.IsAdmin && viewer.Role != Role.SubDistrictOfficer) throw new ForbiddenException("Only officers and admins follow up these matches.");
        // An officer's own sub-district unless told otherwise; an admin's whole platform.
        var region = regionCode ?? viewer.RegionCode;
        if (region is not null)
        {
            if (!Regions.RegionCode.IsWellFormed(region)) throw new ValidationException($"A region code has 12 digits; got '{region}'.", "regionCode");
            Permissions.EnsureOfficerOf(viewer, region);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var matches = db.Matches.AsNoTracking().Where(m => m.Status == MatchStatus.Accepted
            && (db.Set<Organisation>().Any(o => o.SuspendedAt != null && m.Resource != null && o.Id == m.Resource.OrganisationId)
                || db.Set<Organisation>().Any(o => o.SuspendedAt != null && m.CharityProject != null && o.Id == m.CharityProject.OrganisationId)));
        if (region is not null)
        {
            matches = matches.InRegion(m => m.Need!.RegionCode, region);
        }
        return await matches.OrderBy(m => m.DecidedAt).ThenBy(m => m.Id).Take(500).ToListAsync(cancellationToken);
    }
}
