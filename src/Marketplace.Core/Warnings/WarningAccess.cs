namespace Marketplace.Core.Warnings;

/// <summary>
/// Warnings are for the caseworkers of the household's area: community staff and officers (their
/// area), social workers (their region), admins. Donors and social organisations see none.
/// </summary>
public static class WarningAccess
{
    /// <summary>The region a list or a subscription covers: the one asked for, within the viewer's area, else the viewer's own (null: all, for admins).</summary>
    public static string? Region(Viewer viewer, string? regionCode)
    {
        EnsureCaseworker(viewer);
        if (!viewer.IsRegionScoped) return regionCode;
        if (regionCode is null) return viewer.RegionCode;
        viewer.EnsureCovers(regionCode);
        return regionCode;
    }

    public static void EnsureMayAnswer(Viewer viewer, Warning warning)
    {
        EnsureCaseworker(viewer);
        if (viewer.IsRegionScoped && !viewer.Covers(warning.CommunityCode))
        {
            throw new ForbiddenException($"This warning is for {warning.CommunityCode}, outside your area ({viewer.RegionCode}).");
        }
    }

    private static void EnsureCaseworker(Viewer viewer)
    {
        if (!viewer.IsAdmin && !viewer.IsRegionScoped) throw new ForbiddenException("Early warnings are for the caseworkers of the household's area.");
    }
}
