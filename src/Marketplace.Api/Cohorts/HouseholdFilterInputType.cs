using Marketplace.Core.Cohorts;
using Marketplace.Core.Households;
using Marketplace.Core.Households.Members;

namespace Marketplace.Api.Cohorts;

public sealed class HouseholdFilterInput
{
    public string? RegionCode { get; set; }
    public List<AssistanceStatus>? AssistanceStatuses { get; set; }
    public List<string>? LabelsAll { get; set; }
    public List<string>? LabelsAny { get; set; }
    public List<RiskLevel>? RiskLevels { get; set; }
    public int? MemberAgeFrom { get; set; }
    public int? MemberAgeTo { get; set; }
    public int? DisabilityGradeAtMost { get; set; }
    public List<SchoolStage>? SchoolStages { get; set; }
    public bool? FinalYear { get; set; }
    public bool? HasOpenNeeds { get; set; }
    public DateOnly? NotVisitedSince { get; set; }
    public bool? IncludeMerged { get; set; }

    public HouseholdFilter ToFilter() => new()
    {
        RegionCode = RegionCode,
        AssistanceStatuses = AssistanceStatuses,
        LabelsAll = LabelsAll,
        LabelsAny = LabelsAny,
        RiskLevels = RiskLevels,
        MemberAgeFrom = MemberAgeFrom,
        MemberAgeTo = MemberAgeTo,
        DisabilityGradeAtMost = DisabilityGradeAtMost is { } grade ? (short)Math.Clamp(grade, short.MinValue, short.MaxValue) : null,
        SchoolStages = SchoolStages,
        FinalYear = FinalYear,
        HasOpenNeeds = HasOpenNeeds,
        NotVisitedSince = NotVisitedSince,
        IncludeMerged = IncludeMerged ?? false,
    };
}

public sealed class HouseholdFilterInputType : InputObjectGraphType<HouseholdFilterInput>
{
    public HouseholdFilterInputType()
    {
        Name = "HouseholdFilter";
        Description = "Every given part must hold; lists match any of their values. The member parts (age, disability grade, school stage, final year) must hold for one and the same active member.";
        Field<StringGraphType>("regionCode").Description("A region at any level, its descendants included; your own area when not given (admins: everywhere).");
        Field<ListGraphType<NonNullGraphType<Households.AssistanceStatusType>>>("assistanceStatuses").Description("Holding any of these.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("labelsAll").Description("Label codes that must all be on the household or on its active members (each code on either).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("labelsAny").Description("Label codes of which one at least is on the household or on one of its active members.");
        Field<ListGraphType<NonNullGraphType<Households.RiskLevelType>>>("riskLevels");
        Field<IntGraphType>("memberAgeFrom").Description("A member at least this old today (China time), in whole years.");
        Field<IntGraphType>("memberAgeTo").Description("A member at most this old today (China time).");
        Field<IntGraphType>("disabilityGradeAtMost").Description("A member with a disability of this grade or more severe (1 is the most severe, 4 the least).");
        Field<ListGraphType<NonNullGraphType<Households.SchoolStageType>>>("schoolStages").Description("A member at school in one of these stages.");
        Field<BooleanGraphType>("finalYear").Description("A member in (true) or not in (false) the last year of their school stage (应届).");
        Field<BooleanGraphType>("hasOpenNeeds").Description("With (true) or without (false) a need still open.");
        Field<DateOnlyGraphType>("notVisitedSince").Description("Not visited on this day (China time) or after: never visited, or last visited before it.");
        Field<BooleanGraphType>("includeMerged").Description("Also files merged into another (tombstones, see 'mergedInto'); false when not given.");
    }
}
