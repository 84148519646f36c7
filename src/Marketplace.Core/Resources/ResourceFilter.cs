namespace Marketplace.Core.Resources;

public sealed record ResourceFilter
{
    public Guid? OrganisationId { get; init; }
    /// <summary>Category codes; a category includes its sub-categories.</summary>
    public IReadOnlyList<string>? CategoryCodes { get; init; }
    public IReadOnlyList<ResourceKind>? Kinds { get; init; }
    public IReadOnlyList<ResourceStatus>? Statuses { get; init; }
    public GeoCircle? Near { get; init; }
}

public sealed record ResourceHit(Resource Resource, double? DistanceMeters);
