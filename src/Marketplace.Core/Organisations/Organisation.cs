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

    /// <summary>统一社会信用代码 (GB 32100-2015), for organisations that joined by applying; one organisation per code.</summary>
    public string? CreditCode { get; init; }

    /// <summary>When an officer or admin suspended it (its open resources are held meanwhile); null while in good standing.</summary>
    public DateTimeOffset? SuspendedAt { get; set; }
    public string? SuspensionReason { get; set; }

    public bool IsSuspended => SuspendedAt is not null;

    public uint Version { get; private set; }
}
