namespace Marketplace.Core.Identity;

/// <summary>
/// Who may see a household's identity, contact, exact location and a need's private description:
/// the community staff of its community, the social worker holding one of its needs, the
/// officers of its sub-district and admins. Nobody else, whatever the query.
/// </summary>
public static class PersonalDataPolicy
{
    public static bool MaySee(Viewer viewer, string communityCode, bool viewerHoldsANeedOfTheHousehold) => viewer.Role switch
    {
        Role.Admin => true,
        Role.CommunityStaff or Role.SubDistrictOfficer => viewer.Covers(communityCode),
        Role.SocialWorker => viewerHoldsANeedOfTheHousehold,
        _ => false,
    };

    /// <summary>
    /// Whether distances and "near" filters may use households' exact points for this viewer. The
    /// others get the community's centroid, so that no sequence of radius searches can narrow a
    /// household down to its door.
    /// </summary>
    public static bool MayLocateExactly(Viewer viewer) =>
        viewer.Role is Role.Admin or Role.CommunityStaff or Role.SubDistrictOfficer;
}
