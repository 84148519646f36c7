using Marketplace.Core.Households;

namespace Marketplace.Api.Households;

public sealed class HouseholdArguments
{
    public string CommunityCode { get; set; } = "";
    public double Latitude { get; set; }
    public double Longitude { get; set; }
    public int? MemberCount { get; set; }
    public List<AssistanceStatus> AssistanceStatuses { get; set; } = [];
    public RiskLevel RiskLevel { get; set; }
    public List<string> Labels { get; set; } = [];
    public string HeadName { get; set; } = "";
    public string? Phone { get; set; }
    public string? IdNumber { get; set; }
    public string Address { get; set; } = "";
    public decimal? MonthlyIncome { get; set; }
    public HousingCondition? HousingCondition { get; set; }
    public bool? HasFamilySupport { get; set; }

    public HouseholdInput ToInput() => new(
        CommunityCode, Latitude, Longitude, MemberCount, AssistanceStatuses, RiskLevel, Labels, HeadName, Phone, IdNumber, Address,
        MonthlyIncome, HousingCondition, HasFamilySupport);
}

public sealed class HouseholdInputType : InputObjectGraphType<HouseholdArguments>
{
    public HouseholdInputType()
    {
        Name = "HouseholdInput";
        Description = "The household's file (一户一档). Name, phone, ID number, address and point are personal data.";
        Field<NonNullGraphType<StringGraphType>>("communityCode");
        Field<NonNullGraphType<FloatGraphType>>("latitude");
        Field<NonNullGraphType<FloatGraphType>>("longitude");
        Field<IntGraphType>("memberCount").Description("1 to 50; needed until members are on file, then it follows them (leave it out or give their number).");
        Field<ListGraphType<NonNullGraphType<AssistanceStatusType>>>("assistanceStatuses").DefaultValue(new List<AssistanceStatus>());
        Field<NonNullGraphType<RiskLevelType>>("riskLevel");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("labels").DefaultValue(new List<string>())
            .Description("Codes of the label vocabulary that apply to households (the 'labels' query lists them); a retired one only if the file has it already.");
        Field<NonNullGraphType<StringGraphType>>("headName");
        Field<StringGraphType>("phone");
        Field<StringGraphType>("idNumber");
        Field<NonNullGraphType<StringGraphType>>("address");
        Field<DecimalGraphType>("monthlyIncome").Description("The household's total monthly income in yuan; none when not known.");
        Field<HousingConditionType>("housingCondition");
        Field<BooleanGraphType>("hasFamilySupport").Description("False when no relative supports the household (无赡养人).");
    }
}

public static class HouseholdMutations
{
    public static void AddHouseholdMutations(this ObjectGraphType mutation)
    {
        mutation.Command<HouseholdType, Household>("registerHousehold", "Community staff open a household's file. An ID number already on file anywhere is refused with DUPLICATE_PERSON.",
                (ctx, viewer, key) => ctx.Service<HouseholdCommands>().RegisterAsync(viewer, ctx.GetArgument<HouseholdArguments>("input").ToInput(), key, ctx.CancellationToken))
            .Argument<NonNullGraphType<HouseholdInputType>>("input");

        mutation.Command<HouseholdType, Household>("updateHousehold", "Community staff update a household's file; its open needs move with it.",
                (ctx, viewer, key) => ctx.Service<HouseholdCommands>().UpdateAsync(viewer, ctx.GetGuidArgument("householdId"), ctx.GetArgument<HouseholdArguments>("input").ToInput(), key, ctx.CancellationToken))
            .Argument<NonNullGraphType<IdGraphType>>("householdId")
            .Argument<NonNullGraphType<HouseholdInputType>>("input");
    }
}
