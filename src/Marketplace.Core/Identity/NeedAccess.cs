using Marketplace.Core.Common;
using Marketplace.Core.Needs;

namespace Marketplace.Core.Identity;

/// <summary>Which needs a viewer may read, and how precisely they may locate them.</summary>
public static class NeedAccess
{
    /// <summary>
    /// The filter narrowed to the viewer's area: staff, social workers and officers see the needs
    /// of their region only, and asking for a region outside it is refused, not quietly emptied.
    /// Organisations see every need, but only its public side (enforced field by field).
    /// </summary>
    public static NeedFilter Restrict(Viewer viewer, NeedFilter filter)
    {
        var scoped = filter with { ApproximateLocation = !PersonalDataPolicy.MayLocateExactly(viewer) };
        if (!viewer.IsRegionScoped) return scoped;
        if (filter.RegionCode is null) return scoped with { RegionCode = viewer.RegionCode };
        viewer.EnsureCovers(filter.RegionCode);
        return scoped;
    }

    /// <summary>Refuses a need outside a region-scoped viewer's area.</summary>
    public static void EnsureMayRead(Viewer viewer, Need need)
    {
        if (viewer.IsRegionScoped && !viewer.Covers(need.RegionCode))
        {
            throw new ForbiddenException($"This need is outside your area ({viewer.RegionCode}).");
        }
    }

    /// <summary>Households, timelines and matches are for caseworkers; organisations see a need's public side only.</summary>
    public static void EnsureCaseworker(Viewer viewer, string what)
    {
        if (viewer.Role.IsOrganisationScoped())
        {
            throw new ForbiddenException($"A need's {what} is for its caseworkers; donors and social organisations see its public summary, category, urgency, region and approximate location.");
        }
    }
}
