using NetTopologySuite.Geometries;

namespace Marketplace.Core.Organisations;

[Table("organisations")]
public sealed class Organisation
{
    public Guid Id { get; init; }
    public required string Name { get; set; }
    public OrganisationKind Kind { get; init; }
    public bool IsVerified { get; set; }
    public required string RegionCode { get; set; }
    public Region? Region { get; init; }
    public required Point Location { get; set; }
    public string? Description { get; set; }
    public string? ContactPhone { get; set; }

    public uint Version { get; private set; }
}
