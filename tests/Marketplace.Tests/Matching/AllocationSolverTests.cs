using Marketplace.Core.Matching;

namespace Marketplace.Tests.Matching;

/// <summary>The solver alone: no database needed to check that it covers as many needs as can be covered.</summary>
public sealed class AllocationSolverTests
{
    [Fact]
    public void Covers_a_need_that_greedy_nearest_first_strands()
    {
        // A, the more urgent, has two resources; B only the nearer of them. Greedy gives A the
        // nearer one and strands B; the plan moves A to its other resource.
        var (a, b, r1, r2) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        PlanNeed[] needs = [new(a, Priority: 30), new(b, Priority: 0)];
        PlanProvider[] providers = [new(r1, false, 1), new(r2, false, 1)];
        PlanEdge[] edges = [new(a, r1, 300), new(a, r2, 900), new(b, r1, 700)];

        var greedy = AllocationSolver.GreedyNearestFirst(needs, providers, edges);
        var plan = AllocationSolver.MaxCoverage(needs, providers, edges);

        Assert.Single(greedy);
        Assert.Equal(2, plan.Count);
        Assert.Equal(r2, plan[a].ProviderId);
        Assert.Equal(r1, plan[b].ProviderId);
    }

    [Fact]
    public void On_random_instances_it_covers_as_many_as_the_best_possible_and_respects_capacity()
    {
        var random = new Random(20261122);
        for (var round = 0; round < 300; round++)
        {
            var needs = Enumerable.Range(0, random.Next(1, 7)).Select(_ => new PlanNeed(Guid.NewGuid(), random.Next(40))).ToList();
            var providers = Enumerable.Range(0, random.Next(1, 4)).Select(_ => new PlanProvider(Guid.NewGuid(), false, random.Next(0, 3))).ToList();
            var edges = needs.SelectMany(n => providers.Where(_ => random.NextDouble() < 0.5).Select(p => new PlanEdge(n.Id, p.Id, random.Next(5000)))).ToList();

            var plan = AllocationSolver.MaxCoverage(needs, providers, edges);
            var greedy = AllocationSolver.GreedyNearestFirst(needs, providers, edges);

            Assert.Equal(BestPossible(needs, providers, edges), plan.Count);
            Assert.True(plan.Count >= greedy.Count);
            Assert.All(providers, p => Assert.True(plan.Values.Count(e => e.ProviderId == p.Id) <= p.Capacity));
            Assert.All(plan, pair => Assert.Contains(pair.Value, edges.Where(e => e.NeedId == pair.Key)));
        }
    }

    /// <summary>Every way of giving each need one of its providers or none, for small instances.</summary>
    private static int BestPossible(List<PlanNeed> needs, List<PlanProvider> providers, List<PlanEdge> edges)
    {
        var used = providers.ToDictionary(p => p.Id, _ => 0);
        int Search(int i)
        {
            if (i == needs.Count) return 0;
            var best = Search(i + 1);
            foreach (var edge in edges.Where(e => e.NeedId == needs[i].Id))
            {
                var provider = providers.Single(p => p.Id == edge.ProviderId);
                if (used[provider.Id] >= provider.Capacity) continue;
                used[provider.Id]++;
                best = Math.Max(best, 1 + Search(i + 1));
                used[provider.Id]--;
            }
            return best;
        }
        return Search(0);
    }
}
