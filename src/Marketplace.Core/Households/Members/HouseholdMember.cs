namespace Marketplace.Core.Households.Members;

/// <summary>
/// A person of a household (家庭成员), as personal as the household's identity: read only where
/// the privacy rules are applied and the read logged. Removed members are kept, marked removed.
/// </summary>
[PersonalData]
[Table("household_members")]
public sealed class HouseholdMember
{
    public Guid Id { get; init; }
    public Guid HouseholdId { get; set; }
    public required string Name { get; set; }
    public MemberRelation Relation { get; set; }
    public Sex Sex { get; set; }
    public DateOnly? BirthDate { get; set; }

    /// <summary>居民身份证号 (GB 11643), unique in the whole registry (see <see cref="RegisteredIdNumber"/>).</summary>
    public string? IdNumber { get; set; }

    public DisabilityType? DisabilityType { get; set; }

    /// <summary>1 (most severe) to 4, as on the disability certificate (残疾证).</summary>
    public short? DisabilityGrade { get; set; }

    public string? ChronicIllness { get; set; }
    public EmploymentStatus? EmploymentStatus { get; set; }
    public SchoolStage? SchoolStage { get; set; }

    /// <summary>In the last year of their school stage (应届): the graduating students the seeds look for.</summary>
    public bool InFinalYear { get; set; }

    public bool LivesAlone { get; set; }

    /// <summary>Codes of the label vocabulary (<see cref="Labels.Label"/>) that apply to persons.</summary>
    public List<string> Labels { get; set; } = [];

    public DateTimeOffset AddedAt { get; init; }
    public DateTimeOffset? RemovedAt { get; set; }
    public string? RemovalReason { get; set; }

    public uint Version { get; private set; }
}
