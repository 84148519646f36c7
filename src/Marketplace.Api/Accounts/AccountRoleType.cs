namespace Marketplace.Api.Accounts;

/// <summary>The roles by the names tokens and the viewer's role carry (SUBDISTRICT_OFFICER, not SUB_DISTRICT_OFFICER).</summary>
public sealed class AccountRoleType : EnumerationGraphType
{
    public AccountRoleType()
    {
        Name = "AccountRole";
        Description = "What an account does. Organisation staff (DONOR, SOCIAL_ORG) are scoped to their organisation; COMMUNITY_STAFF, SOCIAL_WORKER and SUBDISTRICT_OFFICER to a region; ADMIN to the platform.";
        foreach (var role in Enum.GetValues<Role>()) Add(role.ClaimValue(), role);
    }
}
