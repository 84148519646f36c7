namespace Marketplace.Core.Identity;

/// <summary>Who may change what: the data-dependent half of authorization (the schema's rule does the rest).</summary>
public static class Permissions
{
    /// <summary>Community staff of the community, officers of its sub-district, admins: who keep the household files.</summary>
    public static void EnsureKeepsFilesOf(Viewer viewer, string communityCode)
    {
        var allowed = viewer.IsAdmin || (viewer.Role is Role.CommunityStaff or Role.SubDistrictOfficer && viewer.Covers(communityCode));
        if (!allowed) throw new ForbiddenException("Only the community's staff, its sub-district's officers and admins keep this household's file and its needs.");
    }

    public static void EnsureOfficerOf(Viewer viewer, string regionCode)
    {
        var allowed = viewer.IsAdmin || (viewer.Role == Role.SubDistrictOfficer && viewer.Covers(regionCode));
        if (!allowed) throw new ForbiddenException("Only the officers of this sub-district and admins may do this.");
    }

    /// <summary>Staff of the organisation (donor unit or social organisation), or admins.</summary>
    public static void EnsureActsFor(Viewer viewer, Guid organisationId)
    {
        var allowed = viewer.IsAdmin || (viewer.Role.IsOrganisationScoped() && viewer.OrganisationId == organisationId);
        if (!allowed) throw new ForbiddenException("Only the organisation's own staff and admins may do this.");
    }

    /// <summary>
    /// The organisation a command acts for: the one asked for, else the viewer's own; VALIDATION
    /// (<paramref name="whenMissing"/>) when neither says, FORBIDDEN when the viewer may not act for it.
    /// </summary>
    public static Guid ActingOrganisation(Viewer viewer, Guid? requested, string whenMissing)
    {
        var organisation = requested ?? viewer.OrganisationId ?? throw new ValidationException(whenMissing, "organisationId");
        EnsureActsFor(viewer, organisation);
        return organisation;
    }
}
