using Marketplace.Core.Categories;
using Marketplace.Core.Households;
using NetTopologySuite.Geometries;

namespace Marketplace.Core.Needs;

/// <summary>One item of the needs list (需求清单), tracked until it is cleared (销号).</summary>
[Table("needs")]
public sealed class Need
{
    public Guid Id { get; init; }
    public Guid HouseholdId { get; init; }
    public Household? Household { get; init; }
    public required string CategoryCode { get; set; }
    public NeedCategory? Category { get; init; }

    /// <summary>The household's community, copied here so that region filters need no join.</summary>
    public required string RegionCode { get; set; }
    public Region? Region { get; init; }

    /// <summary>
    /// The household's exact point, copied here so that "needs near X" is one GiST index scan on
    /// this table. As personal as the household's own location.
    /// </summary>
    public required Point Location { get; set; }

    public required string PublicSummary { get; set; }
    public string? PrivateDescription { get; set; }
    public int? Quantity { get; set; }
    public string? Unit { get; set; }
    public Urgency Urgency { get; set; }
    public DateOnly? DueDate { get; set; }
    public bool IsRecurring { get; set; }
    public NeedStatus Status { get; set; }

    public DateTimeOffset ReportedAt { get; init; }
    public DateTimeOffset? VerifiedAt { get; set; }

    /// <summary>The last change of any kind; a claim idle for too long goes back to the pool.</summary>
    public DateTimeOffset LastActivityAt { get; set; }
    public required string ReportedBy { get; init; }
    public string? ClaimedBy { get; set; }
    public DateTimeOffset? ClaimedAt { get; set; }
    public DateTimeOffset? ClearedAt { get; set; }
    public string? ClearanceNote { get; set; }
    public string? CancellationReason { get; set; }

    /// <summary>PostgreSQL's xmin: two people changing the same need cannot both win.</summary>
    public uint Version { get; private set; }
}
