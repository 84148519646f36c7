using Marketplace.Core.Organisations;
using NetTopologySuite.Geometries;

namespace Marketplace.Core.Onboarding;

/// <summary>An organisation's application to join: pending until an officer of its sub-district or an admin decides.</summary>
[Table("organisation_applications")]
public sealed class OrganisationApplication
{
    public Guid Id { get; init; }

    /// <summary>What the applicant keeps to read the outcome without an account.</summary>
    public required string Reference { get; init; }
    public required string Name { get; init; }
    public OrganisationKind Kind { get; init; }
    public required string CreditCode { get; init; }

    /// <summary>The community it sits in: its sub-district's officers decide.</summary>
    public required string RegionCode { get; init; }
    public required Point Location { get; init; }
    public required string Address { get; init; }
    public required string ContactName { get; init; }
    public required string ContactPhone { get; init; }
    public string[] CategoryCodes { get; init; } = [];
    public string? Description { get; init; }

    public ApplicationStatus Status { get; set; }
    public DateTimeOffset SubmittedAt { get; init; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecidedBy { get; set; }
    public string? RejectionReason { get; set; }
    public Guid? OrganisationId { get; set; }
    public string? StaffLogin { get; set; }

    public uint Version { get; private set; }
}
