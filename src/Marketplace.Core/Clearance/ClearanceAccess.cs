namespace Marketplace.Core.Clearance;

/// <summary>
/// Clearance figures are counts, with nothing personal in them: caseworkers see those of their
/// own area, and organisations and admins those of any region (donors plan where to help).
/// </summary>
public static class ClearanceAccess
{
    public static void EnsureMayReport(Viewer viewer, string regionCode)
    {
        if (viewer.IsRegionScoped) viewer.EnsureCovers(regionCode);
    }
}
