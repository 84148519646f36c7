using Marketplace.Core.Categories;
using Marketplace.Core.Organisations;
using NetTopologySuite.Geometries;

namespace Marketplace.Core.Resources;

/// <summary>A charity resource (资源) an organisation offers to the households around it.</summary>
[Table("resources")]
public sealed class Resource
{
    public Guid Id { get; init; }
    public Guid OrganisationId { get; init; }
    public Organisation? Organisation { get; init; }
    public required string CategoryCode { get; set; }
    public NeedCategory? Category { get; init; }
    public ResourceKind Kind { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }

    public int Quantity { get; set; }
    public required string Unit { get; set; }

    /// <summary>Quantity minus active allocations; a check constraint keeps it between 0 and the quantity.</summary>
    public int RemainingCapacity { get; set; }

    public required Point Location { get; set; }
    public double ServiceRadiusMeters { get; set; }
    public DateOnly? AvailableFrom { get; set; }
    public DateOnly? AvailableUntil { get; set; }
    public ResourceStatus Status { get; set; }
    public DateTimeOffset PostedAt { get; init; }

    public uint Version { get; private set; }
}
