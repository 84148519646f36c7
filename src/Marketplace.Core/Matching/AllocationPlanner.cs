using Marketplace.Core.Categories;
using Marketplace.Core.Needs;
using Marketplace.Core.Projects;
using Marketplace.Core.Resources;

namespace Marketplace.Core.Matching;

/// <summary>
/// Plans a whole region at once: its claimed needs without a match, against the open resources
/// that reach them and the projects that target them, solved by <see cref="AllocationSolver"/>.
/// A need takes its quantity (1 when none is given); needs of more than one unit are placed after
/// the maximum assignment, on the capacity it leaves.
/// </summary>
public sealed class AllocationPlanner(IDbContextFactory<MarketplaceDbContext> dbFactory, RegionDirectory regions, CategoryTaxonomy taxonomy, TimeProvider clock)
{
    public const int MaxNeeds = 5_000;

    public async Task<AllocationPlan> PlanAsync(Viewer viewer, string regionCode, IReadOnlyList<string>? categories, CancellationToken cancellationToken)
    {
        var region = await regions.GetAsync(regionCode, cancellationToken);
        Permissions.EnsureOfficerOf(viewer, region.Code);
        var wanted = categories is { Count: > 0 } ? await taxonomy.WithDescendantsAsync(categories, cancellationToken) : null;
        var today = ReportingCalendar.Today(clock);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var needQuery = db.Needs.AsNoTracking().InRegion(n => n.RegionCode, region.Code).Where(n => n.Status == NeedStatus.Claimed);
        if (wanted is not null) needQuery = needQuery.Where(n => wanted.Contains(n.CategoryCode));
        var needs = await needQuery.Select(n => new { Need = n, n.Household!.RiskLevel }).Take(MaxNeeds + 1).ToListAsync(cancellationToken);
        if (needs.Count > MaxNeeds) throw new ValidationException($"More than {MaxNeeds} needs to plan; narrow the plan to some categories or a smaller region.", "categories");

        var servingOf = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var category in needs.Select(n => n.Need.CategoryCode).Distinct())
        {
            servingOf[category] = await taxonomy.ServingAsync(category, cancellationToken);
        }
        var serving = servingOf.Values.SelectMany(s => s).Distinct().ToList();
        var resourceEdges = await (
                from n in needQuery
                from r in db.Set<Resource>()
                where r.Status == ResourceStatus.Open && r.RemainingCapacity > 0 && serving.Contains(r.CategoryCode)
                    && (r.AvailableUntil == null || r.AvailableUntil >= today)
                    && r.Location.IsWithinDistance(n.Location, r.ServiceRadiusMeters)
                select new { NeedId = n.Id, NeedCategory = n.CategoryCode, Resource = r, Distance = r.Location.Distance(n.Location) })
            .ToListAsync(cancellationToken);
        resourceEdges = [.. resourceEdges.Where(e => servingOf[e.NeedCategory].Contains(e.Resource.CategoryCode))];
        var projects = await db.CharityProjects.AsNoTracking().Include(p => p.TargetRegions)
            .Where(p => p.Status == CharityProjectStatus.Active && p.RemainingCapacity > 0 && (p.EndsOn == null || p.EndsOn >= today) && p.Organisation!.SuspendedAt == null)
            .ToListAsync(cancellationToken);

        var edges = resourceEdges.Select(e => new PlanEdge(e.NeedId, e.Resource.Id, e.Distance))
            .Concat(needs.SelectMany(n => projects.Where(p => Serves(p, n.Need, servingOf[n.Need.CategoryCode])).Select(p => new PlanEdge(n.Need.Id, p.Id, null))))
            .ToList();
        var resources = resourceEdges.Select(e => e.Resource).DistinctBy(r => r.Id).ToDictionary(r => r.Id);
        var providers = resources.Values.Select(r => new PlanProvider(r.Id, false, r.RemainingCapacity))
            .Concat(projects.Select(p => new PlanProvider(p.Id, true, p.RemainingCapacity))).ToList();

        var units = needs.Where(n => (n.Need.Quantity ?? 1) == 1).Select(n => new PlanNeed(n.Need.Id, Priority(n.Need, n.RiskLevel, today))).ToList();
        var assigned = AllocationSolver.MaxCoverage(units, providers, edges).ToDictionary();
        PlaceLargerNeeds(needs.Select(n => n.Need).Where(n => n.Quantity > 1), providers, edges, assigned);

        var byId = projects.ToDictionary(p => p.Id);
        var matches = needs.Where(n => assigned.ContainsKey(n.Need.Id)).Select(n =>
        {
            var edge = assigned[n.Need.Id];
            return new PlannedMatch(n.Need, resources.GetValueOrDefault(edge.ProviderId), byId.GetValueOrDefault(edge.ProviderId),
                byId.ContainsKey(edge.ProviderId) ? 1 : n.Need.Quantity ?? 1, edge.DistanceMeters);
        }).ToList();
        var reachable = edges.Select(e => e.NeedId).ToHashSet();
        var uncovered = needs.Where(n => !assigned.ContainsKey(n.Need.Id)).Select(n => new UncoveredNeed(n.Need,
            reachable.Contains(n.Need.Id) ? UncoveredReasonKind.TakenByOthers : UncoveredReasonKind.NothingReaches)).ToList();
        return new AllocationPlan(region.Code, matches, uncovered);
    }

    private static void PlaceLargerNeeds(IEnumerable<Need> needs, List<PlanProvider> providers, List<PlanEdge> edges, Dictionary<Guid, PlanEdge> assigned)
    {
        var used = assigned.Values.GroupBy(e => e.ProviderId).ToDictionary(g => g.Key, g => g.Count());
        var left = providers.Where(p => !p.IsProject).ToDictionary(p => p.Id, p => p.Capacity - used.GetValueOrDefault(p.Id));
        foreach (var need in needs.OrderByDescending(n => n.Urgency))
        {
            var edge = edges.Where(e => e.NeedId == need.Id && left.GetValueOrDefault(e.ProviderId) >= need.Quantity).MinBy(e => e.DistanceMeters);
            if (edge is null) continue;
            left[edge.ProviderId] -= need.Quantity!.Value;
            assigned[need.Id] = edge;
        }
    }

    private static bool Serves(CharityProject project, Need need, IReadOnlyList<string> serving) =>
        project.CategoryCodes.Intersect(serving).Any()
        && project.TargetRegions.Any(t => RegionCode.Contains(t.RegionCode, need.RegionCode));

    /// <summary>Urgent needs of high-risk households, and overdue ones, are served first when not all can be.</summary>
    private static int Priority(Need need, Households.RiskLevel risk, DateOnly today) =>
        (int)need.Urgency * 10 + (int)risk * 3 + (need.DueDate < today ? 5 : 0);

}
