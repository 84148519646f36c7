namespace Marketplace.Core.Identity;

/// <summary>What a user does; each role is scoped (see Accounts.UserAccount).</summary>
public enum Role
{
    /// <summary>Staff of a donor unit; scoped to its organisation.</summary>
    Donor,
    /// <summary>Staff of a social organisation; scoped to it.</summary>
    SocialOrg,
    /// <summary>Grid worker or community (居委会/村) staff; scoped to their community.</summary>
    CommunityStaff,
    /// <summary>Social worker or assistance adviser (社工/救助顾问); scoped to their region.</summary>
    SocialWorker,
    /// <summary>Sub-district (街道/乡镇) social-affairs office; scoped to the sub-district.</summary>
    SubDistrictOfficer,
    /// <summary>District or platform administrator; sees everything.</summary>
    Admin,
}

public static class Roles
{
    /// <summary>The role's name in tokens and in the schema: DONOR, SOCIAL_ORG, COMMUNITY_STAFF …</summary>
    public static string ClaimValue(this Role role) => role switch
    {
        Role.Donor => "DONOR",
        Role.SocialOrg => "SOCIAL_ORG",
        Role.CommunityStaff => "COMMUNITY_STAFF",
        Role.SocialWorker => "SOCIAL_WORKER",
        Role.SubDistrictOfficer => "SUBDISTRICT_OFFICER",
        _ => "ADMIN",
    };

    public static bool IsOrganisationScoped(this Role role) => role is Role.Donor or Role.SocialOrg;
}
