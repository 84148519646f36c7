using Marketplace.Core.Households;
using Marketplace.Core.Households.Members;

namespace Marketplace.Api.Households;

public sealed class MemberArguments
{
    public string Name { get; set; } = "";
    public MemberRelation Relation { get; set; }
    public Sex Sex { get; set; }
    public DateOnly? BirthDate { get; set; }
    public string? IdNumber { get; set; }
    public DisabilityType? DisabilityType { get; set; }
    public int? DisabilityGrade { get; set; }
    public string? ChronicIllness { get; set; }
    public EmploymentStatus? EmploymentStatus { get; set; }
    public SchoolStage? SchoolStage { get; set; }
    public bool InFinalYear { get; set; }
    public bool LivesAlone { get; set; }
    public List<string> Labels { get; set; } = [];

    public MemberInput ToInput() => new(
        Name, Relation, Sex, BirthDate, IdNumber, DisabilityType, DisabilityGrade is { } grade ? (short)Math.Clamp(grade, short.MinValue, short.MaxValue) : null,
        ChronicIllness, EmploymentStatus, SchoolStage, InFinalYear, LivesAlone, Labels);
}

public sealed class HouseholdMemberInputType : InputObjectGraphType<MemberArguments>
{
    public HouseholdMemberInputType()
    {
        Name = "HouseholdMemberInput";
        Description = "A person of the household, all of it personal data. With an ID number, the birth date and sex must agree with it (and may be left out: the number gives the date).";
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<NonNullGraphType<MemberRelationType>>("relation");
        Field<NonNullGraphType<SexType>>("sex");
        Field<DateOnlyGraphType>("birthDate");
        Field<StringGraphType>("idNumber").Description("18 characters (GB 11643), checked by its last character; unique in the registry.");
        Field<DisabilityTypeType>("disabilityType");
        Field<IntGraphType>("disabilityGrade").Description("1 (most severe) to 4; with disabilityType.");
        Field<StringGraphType>("chronicIllness");
        Field<EmploymentStatusType>("employmentStatus");
        Field<SchoolStageType>("schoolStage");
        Field<BooleanGraphType>("inFinalYear").DefaultValue(false).Description("In the last year of the school stage (应届).");
        Field<BooleanGraphType>("livesAlone").DefaultValue(false);
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("labels").DefaultValue(new List<string>())
            .Description("Codes of the label vocabulary that apply to persons (the 'labels' query lists them).");
    }
}

/// <summary>Those who keep a household's file record its members; each answers the household (read its members to see the change).</summary>
public static class MemberMutations
{
    public static void AddMemberMutations(this ObjectGraphType mutation)
    {
        mutation.CommandOn<HouseholdType, Household>("addHouseholdMember",
                "Adds a person to the household's file; its member count follows the members on file. An ID number already on file anywhere is refused with DUPLICATE_PERSON.",
                "householdId", (ctx, viewer, id, key) => ctx.Service<MemberCommands>().AddAsync(viewer, id, Input(ctx), key, ctx.CancellationToken))
            .Argument<NonNullGraphType<HouseholdMemberInputType>>("input");

        mutation.CommandOn<HouseholdType, Household>("updateHouseholdMember", "Corrects a member's record (the whole record is given).",
                "memberId", (ctx, viewer, id, key) => ctx.Service<MemberCommands>().UpdateAsync(viewer, id, Input(ctx), key, ctx.CancellationToken))
            .Argument<NonNullGraphType<HouseholdMemberInputType>>("input");

        mutation.CommandOn<HouseholdType, Household>("removeHouseholdMember",
                "Records that a person left the household (moved, deceased …): kept on file as removed, with why; their ID number is freed for a registration elsewhere.",
                "memberId", (ctx, viewer, id, key) => ctx.Service<MemberCommands>().RemoveAsync(viewer, id, ctx.GetArgument<string>("reason"), key, ctx.CancellationToken))
            .Argument<NonNullGraphType<StringGraphType>>("reason");
    }

    private static MemberInput Input(IResolveFieldContext ctx) => ctx.GetArgument<MemberArguments>("input").ToInput();
}
