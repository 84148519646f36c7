namespace Marketplace.Core.Identity;

/// <summary>Who is asking, and within what scope: the subject of every authorization and privacy decision.</summary>
public sealed record Viewer(string Login, Role Role, string? RegionCode, Guid? OrganisationId)
{

    public bool IsAdmin => Role == Role.Admin;

    /// <summary>True when the region (a community's code, say) lies within this viewer's region.</summary>
    public bool Covers(string regionCode) =>
        IsAdmin || (RegionCode is not null && Regions.RegionCode.Contains(RegionCode, regionCode));

    /// <summary>Refuses a region outside this viewer's own.</summary>
    public void EnsureCovers(string regionCode)
    {
        if (!Covers(regionCode)) throw new Common.ForbiddenException($"Region {regionCode} is outside your area ({RegionCode}).");
    }

    /// <summary>Staff, social workers and officers read needs of their region only; admins all; organisations none by region.</summary>
    public bool IsRegionScoped => Role is Role.CommunityStaff or Role.SocialWorker or Role.SubDistrictOfficer;
}

