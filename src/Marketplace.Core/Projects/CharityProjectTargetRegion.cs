namespace Marketplace.Core.Projects;

/// <summary>A region a project serves, at any level; a need qualifies when its community lies under it.</summary>
public sealed class CharityProjectTargetRegion
{
    public Guid CharityProjectId { get; init; }
    public required string RegionCode { get; init; }
    public Region? Region { get; init; }
}
