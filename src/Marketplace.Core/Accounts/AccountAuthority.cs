namespace Marketplace.Core.Accounts;

/// <summary>
/// Who may manage whose account. Admins: everyone's. An officer: the social workers and community
/// staff of their sub-district. An organisation's lead: its own staff. Nobody can make an account
/// they could not manage, so nobody raises an account above their own role or outside their scope.
/// </summary>
public static class AccountAuthority
{
    public static bool MayManage(Viewer actor, bool actorLeadsOrganisation, AccountScope target) => actor.Role switch
    {
        Role.Admin => true,
        Role.SubDistrictOfficer => target.Role is Role.SocialWorker or Role.CommunityStaff && target.RegionCode is { } region && actor.Covers(region),
        Role.Donor or Role.SocialOrg => actorLeadsOrganisation && target.Role == actor.Role && target.OrganisationId == actor.OrganisationId,
        _ => false,
    };

    public static void EnsureMayManage(Viewer actor, bool actorLeadsOrganisation, AccountScope target)
    {
        if (MayManage(actor, actorLeadsOrganisation, target)) return;
        throw new ForbiddenException(actor.Role switch
        {
            Role.SubDistrictOfficer => "An officer manages the social workers and community staff of their own sub-district only.",
            Role.Donor or Role.SocialOrg when actorLeadsOrganisation => "An organisation's lead manages its own staff accounts only, in their own role.",
            _ => "Only admins, officers (for their sub-district's social workers and community staff) and an organisation's lead (for its staff) manage accounts.",
        });
    }
}
