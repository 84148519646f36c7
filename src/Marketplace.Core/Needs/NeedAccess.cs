namespace Marketplace.Core.Needs;

/// <summary>Who may read a need, its caseworkers' fields and its household's personal data, and who may act on it.</summary>
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

    /// <summary>
    /// A "near" search of this (restricted) filter measures distances to households' exact points:
    /// as telling as reading the point itself, so each need it returns is a personal-data read.
    /// </summary>
    public static bool MeasuresExactDistances(NeedFilter filter) => filter.Near is not null && !filter.ApproximateLocation;

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

    /// <summary>
    /// The need's personal fields (its private description, its exact point): see <see cref="PersonalDataPolicy"/>;
    /// a social worker sees them while holding the need open.
    /// </summary>
    public static bool MaySeePersonalData(Viewer viewer, Need need) =>
        PersonalDataPolicy.MaySee(viewer, need.RegionCode, need.ClaimedBy == viewer.Login && need.Status.IsOpen());

    /// <summary>The social worker holding the need, officers of its sub-district, admins: who follow a claimed need.</summary>
    public static void EnsureFollows(Viewer viewer, Need need)
    {
        var allowed = viewer.IsAdmin
            || (viewer.Role == Role.SubDistrictOfficer && viewer.Covers(need.RegionCode))
            || (viewer.Role == Role.SocialWorker && need.ClaimedBy == viewer.Login);
        if (!allowed) throw new ForbiddenException("Only the social worker holding this need, its sub-district's officers and admins may do this.");
    }

    /// <summary>Any caseworker of the need's area: staff, social workers, officers, admins.</summary>
    public static void EnsureCaseworkerOf(Viewer viewer, Need need)
    {
        var allowed = viewer.IsAdmin || (viewer.IsRegionScoped && viewer.Covers(need.RegionCode));
        if (!allowed) throw new ForbiddenException("Only the caseworkers of this need's area may do this.");
    }
}
