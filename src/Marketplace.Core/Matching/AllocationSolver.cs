namespace Marketplace.Core.Matching;

/// <summary>A need to place, in the order of who should be served first when not all can be.</summary>
public sealed record PlanNeed(Guid Id, int Priority);

/// <summary>A resource or project, with how many needs it can still take.</summary>
public sealed record PlanProvider(Guid Id, bool IsProject, int Capacity);

/// <summary>A need a provider can serve, at a distance (null for projects, which serve regions).</summary>
public sealed record PlanEdge(Guid NeedId, Guid ProviderId, double? DistanceMeters);

/// <summary>
/// Assigns needs to providers so that as many needs as possible are covered: a maximum bipartite
/// b-matching, found by augmenting paths (each need one unit, each provider up to its capacity).
/// Taking needs one by one, each to its nearest provider, can strand a need whose only provider
/// was taken by a need that had others; an augmenting path moves that other need instead.
/// Needs are tried in priority order and edges nearest first, so among maximum assignments this
/// one favours urgent needs and short distances.
/// </summary>
public static class AllocationSolver
{
    public static IReadOnlyDictionary<Guid, PlanEdge> MaxCoverage(
        IReadOnlyList<PlanNeed> needs, IReadOnlyList<PlanProvider> providers, IReadOnlyList<PlanEdge> edges)
    {
        var capacity = providers.ToDictionary(p => p.Id, p => p.Capacity);
        var options = edges.GroupBy(e => e.NeedId).ToDictionary(g => g.Key, g => g.OrderBy(e => e.DistanceMeters ?? double.MaxValue).ToList());
        var assigned = new Dictionary<Guid, PlanEdge>();
        var holders = providers.ToDictionary(p => p.Id, _ => new List<Guid>());

        foreach (var need in needs.OrderByDescending(n => n.Priority))
        {
            if (options.ContainsKey(need.Id)) TryPlace(need.Id, []);
        }
        return assigned;

        // Depth-first search for an augmenting path: a provider with room, or one whose holder can move elsewhere.
        bool TryPlace(Guid needId, HashSet<Guid> visited)
        {
            foreach (var edge in options[needId])
            {
                if (!visited.Add(edge.ProviderId)) continue;
                if (holders[edge.ProviderId].Count < capacity[edge.ProviderId])
                {
                    Assign(needId, edge);
                    return true;
                }
                foreach (var holder in holders[edge.ProviderId].ToList())
                {
                    if (TryPlace(holder, visited))
                    {
                        holders[edge.ProviderId].Remove(holder);
                        Assign(needId, edge);
                        return true;
                    }
                }
            }
            return false;
        }

        void Assign(Guid needId, PlanEdge edge)
        {
            if (assigned.TryGetValue(needId, out var previous)) holders[previous.ProviderId].Remove(needId);
            assigned[needId] = edge;
            holders[edge.ProviderId].Add(needId);
        }
    }

    /// <summary>The baseline: each need, in priority order, takes its nearest provider with room left.</summary>
    public static IReadOnlyDictionary<Guid, PlanEdge> GreedyNearestFirst(
        IReadOnlyList<PlanNeed> needs, IReadOnlyList<PlanProvider> providers, IReadOnlyList<PlanEdge> edges)
    {
        var left = providers.ToDictionary(p => p.Id, p => p.Capacity);
        var assigned = new Dictionary<Guid, PlanEdge>();
        foreach (var need in needs.OrderByDescending(n => n.Priority))
        {
            var edge = edges.Where(e => e.NeedId == need.Id && left[e.ProviderId] > 0).MinBy(e => e.DistanceMeters ?? double.MaxValue);
            if (edge is null) continue;
            left[edge.ProviderId]--;
            assigned[need.Id] = edge;
        }
        return assigned;
    }
}
