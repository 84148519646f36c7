using Marketplace.Core.Organisations;
using Marketplace.Core.Projects;
using Marketplace.Core.Regions;
using Marketplace.Core.Resources;

namespace Marketplace.DemoData;

/// <summary>
/// The resources and projects the demo needs are matched to, with their remaining capacity kept
/// as the product keeps it: accepted and delivered matches use it up, proposals do not.
/// </summary>
internal sealed class Providers(IReadOnlyList<Resource> resources, IReadOnlyList<Organisation> organisations, IReadOnlyList<CharityProject> projects)
{
    private readonly Dictionary<Guid, Organisation> organisationsById = organisations.ToDictionary(o => o.Id);
    private readonly HashSet<(Guid Project, Guid Household)> enrolled = [];

    internal sealed record Candidate(Resource? Resource, CharityProject? Project, double? DistanceMetres, string Name)
    {
        public Guid OrganisationId => Resource?.OrganisationId ?? Project!.OrganisationId;
    }

    /// <summary>Providers that could serve the need at that moment, nearest resources first, then projects.</summary>
    public List<Candidate> Find(NeedDraft need, DateTimeOffset at, string? onlyProvider)
    {
        var day = ChinaTime.Day(at);
        var quantity = need.Quantity ?? 1;
        var location = need.Household.Household.Location;
        var onlyOrganisation = onlyProvider is null ? (Guid?)null : DemoGuid.Organisation(onlyProvider);
        var onlyProject = onlyProvider is null ? (Guid?)null : DemoGuid.Project(onlyProvider);

        var fromResources = resources
            .Where(r => onlyOrganisation is null || r.OrganisationId == onlyOrganisation)
            .Where(r => r.CategoryCode == need.Category && r.Status == ResourceStatus.Open && organisationsById[r.OrganisationId].IsVerified)
            .Where(r => r.PostedAt <= at && (r.AvailableFrom is null || r.AvailableFrom <= day) && (r.AvailableUntil is null || day <= r.AvailableUntil))
            .Where(r => r.RemainingCapacity >= quantity)
            .Select(r => (Resource: r, Distance: DemoGeo.DistanceMetres(location, r.Location)))
            // A margin, because PostGIS measures on the spheroid and this on a sphere.
            .Where(x => x.Distance <= x.Resource.ServiceRadiusMeters * 0.99)
            .OrderBy(x => x.Distance)
            .Select(x => new Candidate(x.Resource, null, Math.Round(x.Distance), organisationsById[x.Resource.OrganisationId].Name));

        var communityCode = need.Household.Household.CommunityCode;
        var householdId = need.Household.Household.Id;
        var fromProjects = projects
            .Where(p => onlyProject is null || p.Id == onlyProject)
            .Where(p => p.Status != CharityProjectStatus.Planned && p.CategoryCodes.Contains(need.Category, StringComparer.Ordinal))
            .Where(p => p.StartsOn <= day && (p.EndsOn is null || day <= p.EndsOn))
            .Where(p => p.TargetRegions.Any(t => RegionCode.Contains(t.RegionCode, communityCode)))
            .Where(p => p.RemainingCapacity > 0 || enrolled.Contains((p.Id, householdId)))
            .Select(p => new Candidate(null, p, null, p.Name));

        return [.. fromResources, .. fromProjects];
    }

    /// <summary>One of the nearest few resources, or a project, so that load spreads as a coordinator would spread it.</summary>
    public static Candidate Choose(Random random, IReadOnlyList<Candidate> candidates)
    {
        var nearResources = candidates.Where(c => c.Resource is not null).Take(3).ToList();
        var projectsFound = candidates.Where(c => c.Project is not null).ToList();
        if (projectsFound.Count > 0 && (nearResources.Count == 0 || random.Chance(0.5)))
        {
            return random.Pick(projectsFound);
        }
        return random.Pick(nearResources);
    }

    public static int QuantityFor(Candidate candidate, NeedDraft need) =>
        candidate.Project is not null ? 1 : need.Quantity ?? 1;

    /// <summary>Uses up capacity for an accepted match; a project counts households, not needs.</summary>
    public void Allocate(Candidate candidate, NeedDraft need)
    {
        if (candidate.Resource is { } resource)
        {
            resource.RemainingCapacity -= QuantityFor(candidate, need);
            if (resource.RemainingCapacity == 0)
            {
                resource.Status = ResourceStatus.Exhausted;
            }
        }
        else if (candidate.Project is { } project && enrolled.Add((project.Id, need.Household.Household.Id)))
        {
            project.RemainingCapacity--;
        }
    }
}
