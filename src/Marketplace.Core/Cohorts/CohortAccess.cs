namespace Marketplace.Core.Cohorts;

/// <summary>
/// Who may search the registry and map its households: the caseworkers of an area (community
/// staff, social workers, officers) within it, and admins everywhere. A cohort is the household's
/// situation, which a social worker of the area already reads on every need (risk level, statuses,
/// labels); identity stays behind <see cref="PersonalDataPolicy"/> field by field. Donors and social
/// organisations see none of the registry, not even as counts: its areas are small enough for a
/// count of HIGH-risk households to point at a door.
/// </summary>
public static class CohortAccess
{
    /// <summary>The region to search: the one asked for (refused outside the viewer's area), else the viewer's own; null for admins, who search everywhere.</summary>
    public static string? RegionFor(Viewer viewer, string? requested)
    {
        EnsureCaseworker(viewer);
        if (!viewer.IsRegionScoped) return requested;
        if (requested is null) return viewer.RegionCode;
        viewer.EnsureCovers(requested);
        return requested;
    }

    public static void EnsureCaseworker(Viewer viewer)
    {
        if (!viewer.IsAdmin && !viewer.IsRegionScoped)
        {
            throw new ForbiddenException("The household registry is for the caseworkers of an area and admins; donors and social organisations see needs' public side only.");
        }
    }
}
