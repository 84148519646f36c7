using Marketplace.Core.Needs;
using Marketplace.Core.Projects;
using Marketplace.Core.Resources;

namespace Marketplace.Core.Matching;

/// <summary>A match the plan proposes: not applied until <c>applyAllocation</c>.</summary>
public sealed record PlannedMatch(Need Need, Resource? Resource, CharityProject? CharityProject, int Quantity, double? DistanceMeters);

/// <summary>Why a plan leaves a need uncovered.</summary>
public enum UncoveredReasonKind
{
    /// <summary>Every resource and project that could serve it went to other needs of the plan.</summary>
    TakenByOthers,

    /// <summary>No open resource or project of its category reaches it.</summary>
    NothingReaches,
}

public sealed record UncoveredNeed(Need Need, UncoveredReasonKind ReasonKind)
{
    /// <summary>The reason in English words, with what an officer can do about it.</summary>
    public string Reason => ReasonKind switch
    {
        UncoveredReasonKind.TakenByOthers => "Every resource and project that could serve it is taken by other needs of this plan.",
        _ => "No open resource or project of its category reaches it: recruit a donor nearby.",
    };
}

/// <summary>An allocation of a region's claimed, unmatched needs to resources and projects.</summary>
public sealed record AllocationPlan(string RegionCode, IReadOnlyList<PlannedMatch> Matches, IReadOnlyList<UncoveredNeed> Uncovered)
{
    public int NeedsConsidered => Matches.Count + Uncovered.Count;
    public int NeedsCovered => Matches.Count;
}
