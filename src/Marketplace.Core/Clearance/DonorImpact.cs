namespace Marketplace.Core.Clearance;

/// <summary>What an organisation's deliveries did for one category of need (or for all of them).</summary>
public sealed record DonorImpactFigures(int HouseholdsServed, int UnitsDelivered, int NeedsCleared, int MatchesDelivered);

public sealed record DonorImpactCategory(string CategoryCode, DonorImpactFigures Figures);

/// <summary>
/// An organisation's report for its board: deliveries made with its resources and projects in a
/// period, counted and never named — no household appears in it.
/// </summary>
public sealed record DonorImpact(Guid OrganisationId, ReportingPeriod Period, DonorImpactFigures Total, IReadOnlyList<DonorImpactCategory> ByCategory);
