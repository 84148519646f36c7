using System.Globalization;
using Marketplace.Core.Common;
using Marketplace.Core.Data;
using Marketplace.Core.Identity;
using Marketplace.Core.Needs;
using Marketplace.Core.Projects;
using Marketplace.Core.Regions;
using Marketplace.Core.Resources;
using Microsoft.EntityFrameworkCore;

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
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var found = await db.Needs.AsNoTracking().Where(n => n.Id == needId)
            .Select(n => new { Need = n, n.Household!.RiskLevel })
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("Need", needId.ToString());
        var need = found.Need;
        NeedAccess.EnsureMayRead(viewer, need);
        NeedAccess.EnsureCaseworker(viewer, "suggested matches");

        var today = Today();
        var serving = await CategoryFit.ServingCategoriesAsync(db, need.CategoryCode, cancellationToken);
        var point = need.Location;
        var resources = await db.Resources.AsNoTracking()
            .Where(r => r.Status == ResourceStatus.Open && serving.Contains(r.CategoryCode) && r.RemainingCapacity > 0)
            .Where(r => r.AvailableUntil == null || r.AvailableUntil >= today)
            // The constant radius lets the GiST index find candidates; the resource's own radius decides.
            .Where(r => r.Location.IsWithinDistance(point, radius) && r.Location.IsWithinDistance(point, r.ServiceRadiusMeters))
            .OrderBy(r => r.Location.Distance(point)).ThenBy(r => r.Id)
            .Take(limit * CandidatesPerSuggestion)
            .Select(r => new { Resource = r, Distance = r.Location.Distance(point) })
            .ToListAsync(cancellationToken);
        var projects = await ProjectsServingAsync(db, need, serving, today, cancellationToken);

        return [.. resources
            .Select(c => Suggest(c.Resource, c.Distance, need, found.RiskLevel, today))
            .Concat(projects.Select(p => Suggest(p, need, found.RiskLevel, today)))
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
        var waiting = new[] { NeedStatus.Reported, NeedStatus.Verified, NeedStatus.Claimed };
        var needs = db.Needs.AsNoTracking().Where(n => waiting.Contains(n.Status) && categories.Contains(n.CategoryCode));
        if (viewer.IsRegionScoped) needs = needs.InRegion(n => n.RegionCode, viewer.RegionCode!);
        var point = resource.Location;
        var reach = resource.ServiceRadiusMeters;
        // Those who may not locate households measure to the community's centroid, as in "needs near".
        var candidates = PersonalDataPolicy.MayLocateExactly(viewer)
            ? await needs.Where(n => n.Location.IsWithinDistance(point, reach)).OrderBy(n => n.Location.Distance(point)).ThenBy(n => n.Id)
                .Take(limit * CandidatesPerSuggestion)
                .Select(n => new { Need = n, n.Household!.RiskLevel, Distance = n.Location.Distance(point) }).ToListAsync(cancellationToken)
            : await needs.Where(n => n.Region!.Centroid.IsWithinDistance(point, reach)).OrderBy(n => n.Region!.Centroid.Distance(point)).ThenBy(n => n.Id)
                .Take(limit * CandidatesPerSuggestion)
                .Select(n => new { Need = n, n.Household!.RiskLevel, Distance = n.Region!.Centroid.Distance(point) }).ToListAsync(cancellationToken);

        return [.. candidates
            .Select(c =>
            {
                var (score, reasons) = MatchScore.Of(c.Distance, reach, c.Need.Urgency, c.RiskLevel, resource.AvailableUntil, today);
                if (c.Need.DueDate is { } due && due < today) reasons = [.. reasons, string.Create(CultureInfo.InvariantCulture, $"overdue since {due:yyyy-MM-dd}")];
                return new NeedSuggestion(c.Need, c.Distance, score, reasons);
            })
            .OrderByDescending(s => s.Score).ThenBy(s => s.DistanceMeters)
            .Take(limit)];
    }

    private static MatchSuggestion Suggest(Resource resource, double distance, Need need, Households.RiskLevel risk, DateOnly today)
    {
        var (score, reasons) = MatchScore.Of(distance, resource.ServiceRadiusMeters, need.Urgency, risk, resource.AvailableUntil, today);
        return new MatchSuggestion(resource, null, distance, score, [.. reasons, string.Create(CultureInfo.InvariantCulture, $"{resource.RemainingCapacity} {resource.Unit} left")]);
    }

    private static MatchSuggestion Suggest(CharityProject project, Need need, Households.RiskLevel risk, DateOnly today)
    {
        var (score, reasons) = MatchScore.Of(null, null, need.Urgency, risk, project.EndsOn, today);
        return new MatchSuggestion(null, project, null, score,
            [.. reasons, "the need's community is in the project's target regions", string.Create(CultureInfo.InvariantCulture, $"{project.RemainingCapacity} household places left")]);
    }

    private static async Task<List<CharityProject>> ProjectsServingAsync(
        MarketplaceDbContext db, Need need, IReadOnlyList<string> serving, DateOnly today, CancellationToken cancellationToken)
    {
        // A project targets a region at any level; the need qualifies when its community lies under one.
        string[] enclosing = [need.RegionCode[..6] + "000000", need.RegionCode[..9] + "000", need.RegionCode];
        return await db.CharityProjects.AsNoTracking()
            .Where(p => p.Status == CharityProjectStatus.Active && p.RemainingCapacity > 0 && (p.EndsOn == null || p.EndsOn >= today))
            .Where(p => p.CategoryCodes.Any(c => serving.Contains(c)))
            .Where(p => p.TargetRegions.Any(t => enclosing.Contains(t.RegionCode)))
            .ToListAsync(cancellationToken);
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

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
