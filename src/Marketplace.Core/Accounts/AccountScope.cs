using Marketplace.Core.Organisations;

namespace Marketplace.Core.Accounts;

/// <summary>What an account may do and where: its role with the region or organisation it is scoped to.</summary>
public sealed record AccountScope(Role Role, string? RegionCode, Guid? OrganisationId)
{
    public static AccountScope Of(UserAccount account) => new(account.Role, account.RegionCode, account.OrganisationId);

    /// <summary>
    /// Checks the scope fits the role against the registry: an admin has none, organisation staff
    /// an organisation of the matching kind, community staff a community, officers a sub-district,
    /// social workers any region. Each refusal names the field to change.
    /// </summary>
    public async Task EnsureFitsAsync(MarketplaceDbContext db, CancellationToken cancellationToken)
    {
        if (Role == Role.Admin)
        {
            if (RegionCode is not null || OrganisationId is not null) throw new ValidationException("An admin serves the whole platform: give neither 'regionCode' nor 'organisationId'.", RegionCode is not null ? "regionCode" : "organisationId");
            return;
        }
        if (Role.IsOrganisationScoped())
        {
            if (RegionCode is not null) throw new ValidationException("Organisation staff are scoped to their organisation: give 'organisationId', not 'regionCode'.", "regionCode");
            var kind = Role == Role.Donor ? OrganisationKind.Enterprise : OrganisationKind.SocialOrganisation;
            var organisation = OrganisationId is { } id
                ? await db.Organisations.AsNoTracking().Where(o => o.Id == id).Select(o => new { o.Kind }).SingleOrDefaultAsync(cancellationToken)
                : throw new ValidationException($"A {Role.ClaimValue()} account belongs to an organisation: give 'organisationId'.", "organisationId");
            if (organisation is null) throw new NotFoundException("Organisation", id.ToString());
            if (organisation.Kind != kind) throw new ValidationException($"A {Role.ClaimValue()} account belongs to an organisation of kind {KindName(kind)}; this one is {KindName(organisation.Kind)}.", "role");
            return;
        }
        if (OrganisationId is not null) throw new ValidationException($"A {Role.ClaimValue()} account is scoped to a region: give 'regionCode', not 'organisationId'.", "organisationId");
        if (RegionCode is null) throw new ValidationException($"A {Role.ClaimValue()} account serves a region: give 'regionCode'.", "regionCode");
        if (!Regions.RegionCode.IsWellFormed(RegionCode)) throw new ValidationException($"A region code has 12 digits; got '{RegionCode}'.", "regionCode");
        var level = await db.Regions.AsNoTracking().Where(r => r.Code == RegionCode).Select(r => (RegionLevel?)r.Level).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Region", RegionCode);
        var required = Role switch
        {
            Role.CommunityStaff => RegionLevel.Community,
            Role.SubDistrictOfficer => RegionLevel.SubDistrict,
            _ => (RegionLevel?)null,
        };
        if (required is { } needed && level != needed)
        {
            throw new ValidationException($"A {Role.ClaimValue()} account serves a {LevelName(needed)}; {RegionCode} is a {LevelName(level)}.", "regionCode");
        }
    }

    private static string KindName(OrganisationKind kind) => kind == OrganisationKind.Enterprise ? "ENTERPRISE" : "SOCIAL_ORGANISATION";

    private static string LevelName(RegionLevel level) => level switch
    {
        RegionLevel.District => "district (区/县)",
        RegionLevel.SubDistrict => "sub-district (街道/乡镇)",
        _ => "community (社区/村)",
    };
}
