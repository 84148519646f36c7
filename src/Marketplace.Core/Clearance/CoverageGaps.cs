namespace Marketplace.Core.Clearance;

/// <summary>Open needs of one category in one community, and how many of them nothing within reach could serve.</summary>
public sealed record CoverageGap(string CategoryCode, string RegionCode, int OpenNeeds, int UncoveredNeeds);

/// <summary>Where the office should recruit donors: the uncovered open needs of a region, by category and community.</summary>
public sealed record CoverageGaps(string RegionCode, int OpenNeeds, int UncoveredNeeds, IReadOnlyList<CoverageGap> Gaps);
