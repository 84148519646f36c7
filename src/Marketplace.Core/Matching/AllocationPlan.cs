using Marketplace.Core.Needs;
using Marketplace.Core.Projects;
using Marketplace.Core.Resources;

namespace Marketplace.Core.Matching;

/// <summary>A match the plan proposes: not applied until <c>applyAllocation</c>.</summary>
public sealed record PlannedMatch(Need Need, Resource? Resource, CharityProject? CharityProject, int Quantity, double? DistanceMeters);

public sealed record UncoveredNeed(Need Need, string Reason);

/// <summary>An allocation of a region's claimed, unmatched needs to resources and projects.</summary>
public sealed record AllocationPlan(string RegionCode, IReadOnlyList<PlannedMatch> Matches, IReadOnlyList<UncoveredNeed> Uncovered)
{
    public int NeedsConsidered => Matches.Count + Uncovered.Count;
    public int NeedsCovered => Matches.Count;
}
