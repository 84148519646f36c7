using Marketplace.Core.Households;

namespace Marketplace.Api.Households;

public sealed class HouseholdArguments
{
    public string CommunityCode { get; set; } = "";
    public double Latitude { get; set; }
    public double Longitude { get; set; }
    public int MemberCount { get; set; }
    public List<AssistanceStatus> AssistanceStatuses { get; set; } = [];
    public RiskLevel RiskLevel { get; set; }
    public List<string> Labels { get; set; } = [];
    public string HeadName { get; set; } = "";
    public string? Phone { get; set; }
    public string? IdNumber { get; set; }
    public string Address { get; set; } = "";

    public HouseholdInput ToInput() => new(
        CommunityCode, Latitude, Longitude, MemberCount, AssistanceStatuses, RiskLevel, Labels, HeadName, Phone, IdNumber, Address);
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
        Field<NonNullGraphType<IntGraphType>>("memberCount");
        Field<ListGraphType<NonNullGraphType<AssistanceStatusType>>>("assistanceStatuses").DefaultValue(new List<AssistanceStatus>());
        Field<NonNullGraphType<RiskLevelType>>("riskLevel");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("labels").DefaultValue(new List<string>());
        Field<NonNullGraphType<StringGraphType>>("headName");
        Field<StringGraphType>("phone");
        Field<StringGraphType>("idNumber");
        Field<NonNullGraphType<StringGraphType>>("address");
    }
}

public static class HouseholdMutations
{

    public static void AddHouseholdMutations(this ObjectGraphType mutation)
    {
        mutation.Command<HouseholdType, Household>("registerHousehold", "Community staff open a household's file.",
                (ctx, viewer, key) => ctx.Service<HouseholdCommands>().RegisterAsync(viewer, ctx.GetArgument<HouseholdArguments>("input").ToInput(), key, ctx.CancellationToken))
            .Argument<NonNullGraphType<HouseholdInputType>>("input");

        mutation.Command<HouseholdType, Household>("updateHousehold", "Community staff update a household's file; its open needs move with it.",
                (ctx, viewer, key) => ctx.Service<HouseholdCommands>().UpdateAsync(viewer, ctx.GetGuidArgument("householdId"), ctx.GetArgument<HouseholdArguments>("input").ToInput(), key, ctx.CancellationToken))
            .Argument<NonNullGraphType<IdGraphType>>("householdId")
            .Argument<NonNullGraphType<HouseholdInputType>>("input");
    }
}
