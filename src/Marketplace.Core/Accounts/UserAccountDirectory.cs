using Marketplace.Core.Common.Paging;

namespace Marketplace.Core.Accounts;

/// <summary>Which accounts to list: by role, region (its descendants included), organisation, state, or a part of the login or name.</summary>
public sealed record UserAccountFilter(Role? Role = null, string? RegionCode = null, Guid? OrganisationId = null, bool? Active = null, string? Search = null);

/// <summary>
/// The accounts a manager may see, by login: admins all; an officer the region-scoped accounts of
/// their sub-district; an organisation's lead its staff. Keyset-paged on the login.
/// </summary>
public sealed class UserAccountDirectory(IDbContextFactory<MarketplaceDbContext> dbFactory)
{
    private const string ByLogin = "AccountLogin";

    public async Task<Page<UserAccount>> ListAsync(Viewer viewer, UserAccountFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        if (filter.RegionCode is { } code && !Regions.RegionCode.IsWellFormed(code)) throw new ValidationException($"A region code has 12 digits; got '{code}'.", "regionCode");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var visible = await VisibleAsync(db, viewer, cancellationToken);
        IQueryable<UserAccount> Filtered(IQueryable<UserAccount> accounts)
        {
            accounts = visible(accounts);
            if (filter.Role is { } role) accounts = accounts.Where(u => u.Role == role);
            if (filter.RegionCode is { } region) accounts = accounts.Where(u => u.RegionCode != null).InRegion(u => u.RegionCode!, region);
            if (filter.OrganisationId is { } organisation) accounts = accounts.Where(u => u.OrganisationId == organisation);
            if (filter.Active is { } active) accounts = accounts.Where(u => u.IsActive == active);
            if (!string.IsNullOrWhiteSpace(filter.Search))
            {
                var pattern = $"%{Like(filter.Search.Trim())}%";
                accounts = accounts.Where(u => EF.Functions.ILike(u.Login, pattern, "\\") || EF.Functions.ILike(u.DisplayName, pattern, "\\"));
            }
            return accounts;
        }

        var query = Filtered(db.UserAccounts.AsNoTracking());
        if (page.After is not null)
        {
            var after = Cursor.Decode(page.After, ByLogin, 1)[0];
            query = query.Where(u => u.Login.CompareTo(after) > 0);
        }
        var rows = await query.OrderBy(u => u.Login).Take(page.First + 1).ToListAsync(cancellationToken);
        return Page.Of(rows, page, u => Cursor.Encode(ByLogin, u.Login), KeyedReads.Counting(dbFactory, counting => Filtered(counting.UserAccounts)));
    }

    private static async Task<Func<IQueryable<UserAccount>, IQueryable<UserAccount>>> VisibleAsync(MarketplaceDbContext db, Viewer viewer, CancellationToken cancellationToken)
    {
        switch (viewer.Role)
        {
            case Role.Admin:
                return accounts => accounts;
            case Role.SubDistrictOfficer when viewer.RegionCode is { } area:
                return accounts => accounts
                    .Where(u => u.Role == Role.SocialWorker || u.Role == Role.CommunityStaff || u.Role == Role.SubDistrictOfficer)
                    .InRegion(u => u.RegionCode!, area);
            case Role.Donor or Role.SocialOrg when viewer.OrganisationId is { } organisation
                && await db.UserAccounts.AnyAsync(u => u.Login == viewer.Login && u.LeadsOrganisation, cancellationToken):
                return accounts => accounts.Where(u => u.OrganisationId == organisation);
            default:
                throw new ForbiddenException("Accounts are listed for admins, officers (their sub-district's) and an organisation's lead (its staff).");
        }
    }

    private static string Like(string text) => text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
