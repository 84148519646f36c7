using Marketplace.Core.Households;
using Marketplace.Core.Households.Members;

namespace Marketplace.Core.Cohorts;

/// <summary>
/// What a cohort search (households(filter)) may be narrowed by. Every given part must hold; a list
/// matches any of its values. The member parts (age, disability grade, school stage, final year)
/// must all hold for one and the same active member: "a child in the last year of senior school" is
/// one person, not a child somewhere and a final-year student elsewhere in the file.
/// </summary>
public sealed record HouseholdFilter
{
    /// <summary>A region at any level, its descendants included.</summary>
    public string? RegionCode { get; init; }

    /// <summary>Holding any of these.</summary>
    public IReadOnlyList<AssistanceStatus>? AssistanceStatuses { get; init; }

    /// <summary>Label codes that must all be on the household or on one of its active members (each code on either).</summary>
    public IReadOnlyList<string>? LabelsAll { get; init; }

    /// <summary>Label codes of which one at least is on the household or on one of its active members.</summary>
    public IReadOnlyList<string>? LabelsAny { get; init; }

    public IReadOnlyList<RiskLevel>? RiskLevels { get; init; }

    /// <summary>A member at least this old today (China time), in whole years.</summary>
    public int? MemberAgeFrom { get; init; }

    /// <summary>A member at most this old today (China time), in whole years.</summary>
    public int? MemberAgeTo { get; init; }

    /// <summary>A member with a disability of this grade or a more severe one (1 is the most severe).</summary>
    public short? DisabilityGradeAtMost { get; init; }

    public IReadOnlyList<SchoolStage>? SchoolStages { get; init; }

    /// <summary>A member in (true) or not in (false) the last year of their school stage (应届).</summary>
    public bool? FinalYear { get; init; }

    /// <summary>With (true) or without (false) a need still open.</summary>
    public bool? HasOpenNeeds { get; init; }

    /// <summary>Not visited on this day (China time) or after: never visited, or last visited before it.</summary>
    public DateOnly? NotVisitedSince { get; init; }

    /// <summary>Also the files merged into another (tombstones); left out by default.</summary>
    public bool IncludeMerged { get; init; }

    /// <summary>Whether any part reads the members' data (labels may be theirs too): each household found is then a read of its members.</summary>
    public bool ReadsMembers =>
        MemberAgeFrom is not null || MemberAgeTo is not null || DisabilityGradeAtMost is not null || SchoolStages is { Count: > 0 }
        || FinalYear is not null || LabelsAll is { Count: > 0 } || LabelsAny is { Count: > 0 };

    public bool HasMemberCriteria =>
        MemberAgeFrom is not null || MemberAgeTo is not null || DisabilityGradeAtMost is not null || SchoolStages is { Count: > 0 } || FinalYear is not null;
}
