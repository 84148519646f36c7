using Marketplace.Core.Categories;
using Marketplace.Core.Needs;
using Marketplace.Core.Projects;
using Marketplace.Core.Resources;

namespace Marketplace.Core.Matching;

/// <summary>
/// Suggestions both ways: for a need, the open resources and projects that fit, have capacity and
/// reach it; for a resource, the open needs it could serve. Candidates come nearest first from the
/// GiST indexes (bounded by a search radius), then are ranked by <see cref="MatchScore"/>.
/// </summary>
public sealed class MatchSuggester(IDbContextFactory<MarketplaceDbContext> dbFactory, CategoryTaxonomy taxonomy, TimeProvider clock)
{
    public const int MaxSuggestions = 50;
    public const double DefaultSearchRadiusMeters = 20_000;

    // Ranking looks further than the page: a farther resource may score higher.
    private const int CandidatesPerSuggestion = 3;

    public async Task<IReadOnlyList<MatchSuggestion>> ForNeedAsync(Viewer viewer, Guid needId, int first, double? radiusMeters, CancellationToken cancellationToken)
    {
        var (limit, radius) = Validate(first, radiusMeters);
        var today = Today();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // One round trip: the resources are read before the viewer's rights to the need are known,
        // and dropped with everything else when they have none.
        var found = await NeedCandidatesReader.ReadAsync(db, needId, today, radius, limit * CandidatesPerSuggestion, cancellationToken)
            ?? throw new NotFoundException("Need", needId.ToString());
        var need = found.Need;
        NeedAccess.EnsureMayRead(viewer, need);
        NeedAccess.EnsureCaseworker(viewer, "suggested matches");

        var serving = await taxonomy.ServingAsync(need.CategoryCode, cancellationToken);
        return [.. found.Resources
            .Select(r => Suggest(r.Resource, r.DistanceMeters, need, found.RiskLevel, today))
            .Concat(found.Projects.Where(p => p.CategoryCodes.Any(serving.Contains)).Select(p => Suggest(p, need, found.RiskLevel, today)))
            .OrderByDescending(s => s.Score).ThenBy(s => s.DistanceMeters ?? double.MaxValue)
            .Take(limit)];
    }

    public async Task<IReadOnlyList<NeedSuggestion>> ForResourceAsync(Viewer viewer, Guid resourceId, int first, CancellationToken cancellationToken)
    {
        var (limit, _) = Validate(first, null);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var resource = await db.Resources.AsNoTracking().SingleOrDefaultAsync(r => r.Id == resourceId, cancellationToken)
            ?? throw new NotFoundException("Resource", resourceId.ToString());
        if (!(viewer.IsAdmin || viewer.Role == Role.SubDistrictOfficer)) Permissions.EnsureActsFor(viewer, resource.OrganisationId);

        var today = Today();
        var categories = await taxonomy.WithDescendantsAsync([resource.CategoryCode], cancellationToken);
        var reach = resource.ServiceRadiusMeters;
        var candidates = PersonalDataPolicy.MayLocateExactly(viewer)
            ? await NearestExactAsync(db, viewer, resource, categories, limit * CandidatesPerSuggestion, cancellationToken)
            : await NearestByCommunityAsync(db, viewer, resource, categories, limit * CandidatesPerSuggestion, cancellationToken);

        return [.. candidates
            .Select(c =>
            {
                var (score, reasons) = MatchScore.Of(c.Distance, reach, c.Need.Urgency, c.Risk, resource.AvailableUntil, today);
                if (c.Need.DueDate is { } due && due < today) reasons = [.. reasons, SuggestionReason.OverdueSince(due)];
                return new NeedSuggestion(c.Need, c.Distance, score, reasons);
            })
            .OrderByDescending(s => s.Score).ThenBy(s => s.DistanceMeters)
            .Take(limit)];
    }

    /// <summary>
    /// Open needs nearest the resource: one nearest-first scan of the partial GiST index on open
    /// needs per category, started from the resource's own row. The statuses stay literals so that
    /// the partial index applies; a region-scoped viewer's area is a code range inside the scan.
    /// </summary>
    private static async Task<List<Candidate>> NearestExactAsync(
        MarketplaceDbContext db, Viewer viewer, Resource resource, IReadOnlyList<string> categories, int candidates, CancellationToken cancellationToken)
    {
        var (from, to) = viewer.IsRegionScoped ? RegionCode.DescendantRange(viewer.RegionCode!) : ("000000000000", "999999999999");
        var codes = categories.ToArray();
        return await db.Needs.FromSql($"""
                SELECT n.* FROM resources r
                CROSS JOIN unnest({codes}::text[]) AS c(code)
                CROSS JOIN LATERAL (
                    SELECT n.*, n.xmin FROM needs n
                    WHERE n.status IN ('Reported', 'Verified', 'Claimed') AND n.category_code = c.code
                      AND n.region_code BETWEEN {from} AND {to}
                      AND ST_DWithin(n.location, r.location, r.service_radius_meters)
                    ORDER BY n.location <-> r.location
                    LIMIT {candidates}) n
                WHERE r.id = {resource.Id}
                ORDER BY n.location <-> r.location
                LIMIT {candidates}
                """)
            .AsNoTracking()
            .Select(n => new Candidate(n, n.Household!.RiskLevel, n.Location.Distance(resource.Location)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Those who may not locate households measure to the community's centroid, as in "needs near";
    /// nor may they know a household's risk, so it is not read.
    /// </summary>
    private static async Task<List<Candidate>> NearestByCommunityAsync(
        MarketplaceDbContext db, Viewer viewer, Resource resource, IReadOnlyList<string> categories, int candidates, CancellationToken cancellationToken)
    {
        var waiting = new[] { NeedStatus.Reported, NeedStatus.Verified, NeedStatus.Claimed };
        var point = resource.Location;
        var reach = resource.ServiceRadiusMeters;
        var needs = db.Needs.AsNoTracking().Where(n => waiting.Contains(n.Status) && categories.Contains(n.CategoryCode));
        if (viewer.IsRegionScoped) needs = needs.InRegion(n => n.RegionCode, viewer.RegionCode!);
        return await needs.Where(n => n.Region!.Centroid.IsWithinDistance(point, reach))
            .OrderBy(n => n.Region!.Centroid.Distance(point)).ThenBy(n => n.Id)
            .Take(candidates)
            .Select(n => new Candidate(n, null, n.Region!.Centroid.Distance(point)))
            .ToListAsync(cancellationToken);
    }

    private static MatchSuggestion Suggest(Resource resource, double distance, Need need, Households.RiskLevel risk, DateOnly today)
    {
        var (score, reasons) = MatchScore.Of(distance, resource.ServiceRadiusMeters, need.Urgency, risk, resource.AvailableUntil, today);
        return new MatchSuggestion(resource, null, distance, score, [.. reasons, SuggestionReason.Left(resource.RemainingCapacity, resource.Unit)]);
    }

    private static MatchSuggestion Suggest(CharityProject project, Need need, Households.RiskLevel risk, DateOnly today)
    {
        var (score, reasons) = MatchScore.Of(null, null, need.Urgency, risk, project.EndsOn, today);
        return new MatchSuggestion(null, project, null, score,
            [.. reasons, SuggestionReason.InProjectTarget, SuggestionReason.PlacesLeftInProject(project.RemainingCapacity)]);
    }

    /// <summary>A need near a resource, with its household's risk (for those who may know it), read in the same statement.</summary>
    private sealed record Candidate(Need Need, Households.RiskLevel? Risk, double Distance);

    private DateOnly Today() => ReportingCalendar.Today(clock);

    private static (int Limit, double Radius) Validate(int first, double? radiusMeters)
    {
        if (first is < 1 or > MaxSuggestions) throw new ValidationException($"'first' must be between 1 and {MaxSuggestions}; got {first}.", "first");
        if (radiusMeters is { } r && !Geo.IsValidRadius(r))
        {
            throw new ValidationException($"'radiusMeters' must be more than 0 and at most {Geo.MaxRadiusMeters:0}; got {r}.", "radiusMeters");
        }
        return (first, radiusMeters ?? DefaultSearchRadiusMeters);
    }
}
