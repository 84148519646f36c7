namespace Marketplace.Core.Onboarding;

/// <summary>Applications, read by their applicant (with the reference) and by those who decide them.</summary>
public sealed class OrganisationApplications(IDbContextFactory<MarketplaceDbContext> dbFactory, RegionDirectory regions)
{
    public const int MaxListed = 200;

    /// <summary>The application with this reference, or null: what the applicant reads without an account.</summary>
    public async Task<OrganisationApplication?> ByReferenceAsync(string reference, CancellationToken cancellationToken)
    {
        var normalised = reference.Trim().ToUpperInvariant();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.OrganisationApplications.AsNoTracking().SingleOrDefaultAsync(a => a.Reference == normalised, cancellationToken);
    }

    /// <summary>The applications an officer (their sub-district's) or an admin (any region) decides, newest first.</summary>
    public async Task<IReadOnlyList<OrganisationApplication>> ListAsync(
        Viewer viewer, string? regionCode, ApplicationStatus? status, CancellationToken cancellationToken)
    {
        if (!viewer.IsAdmin && viewer.Role != Role.SubDistrictOfficer)
        {
            throw new ForbiddenException("Applications to join are decided by the sub-district's officers and admins.");
        }
        var region = regionCode ?? viewer.RegionCode;
        if (region is not null)
        {
            viewer.EnsureCovers(region);
            region = (await regions.GetAsync(region, cancellationToken)).Code;
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.OrganisationApplications.AsNoTracking();
        if (region is not null) query = query.InRegion(a => a.RegionCode, region);
        if (status is { } wanted) query = query.Where(a => a.Status == wanted);
        return await query.OrderByDescending(a => a.SubmittedAt).ThenByDescending(a => a.Id).Take(MaxListed).ToListAsync(cancellationToken);
    }

    /// <summary>Who may read what an applicant said of itself (contact, code, address): those who decide it.</summary>
    public static bool MaySeeApplicant(Viewer? viewer, OrganisationApplication application) =>
        viewer is not null && (viewer.IsAdmin || (viewer.Role == Role.SubDistrictOfficer && viewer.Covers(application.RegionCode)));
}
