using Marketplace.Core.Organisations;

namespace Marketplace.Core.Projects;

/// <summary>A charity project (公益项目) run by a social organisation for households of its target regions.</summary>
[Table("charity_projects")]
public sealed class CharityProject
{
    public Guid Id { get; init; }
    public Guid OrganisationId { get; init; }
    public Organisation? Organisation { get; init; }
    public required string Name { get; set; }
    public string? Description { get; set; }

    /// <summary>Need category codes the project serves.</summary>
    public List<string> CategoryCodes { get; set; } = [];
    public List<CharityProjectTargetRegion> TargetRegions { get; set; } = [];

    /// <summary>How many households the project can take on, and how many places are left.</summary>
    public int CapacityHouseholds { get; set; }
    public int RemainingCapacity { get; set; }

    public DateOnly StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public CharityProjectStatus Status { get; set; }
    public string? FundedBy { get; set; }

    public uint Version { get; private set; }
}
