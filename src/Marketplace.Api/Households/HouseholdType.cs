using GraphQL.DataLoader;
using Marketplace.Api.GraphQL.Types;
using Marketplace.Api.Privacy;
using Marketplace.Api.Regions;
using Marketplace.Core.Households;
using Marketplace.Core.Households.Members;
using Marketplace.Core.Needs;
using Marketplace.Core.Regions;

namespace Marketplace.Api.Households;

public sealed class HouseholdType : ObjectGraphType<Household>
{
    public HouseholdType(IEnumerable<FieldsOf<HouseholdType>> features)
    {
        Name = "Household";
        Description = "The one file per household (一户一档).";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field(x => x.CommunityCode);
        Field<NonNullGraphType<RegionType>>("community").Resolve(ctx => ctx.LoadById<Region, string>(ctx.Source.CommunityCode));
        Field(x => x.MemberCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssistanceStatusType>>>>("assistanceStatuses")
            .Resolve(ctx => Enum.GetValues<AssistanceStatus>().Where(s => s != AssistanceStatus.None && ctx.Source.AssistanceStatus.HasFlag(s)).ToList());
        Field<NonNullGraphType<RiskLevelType>>("riskLevel").Resolve(ctx => ctx.Source.RiskLevel);
        Field(x => x.Labels).Description("Codes of the label vocabulary (the 'labels' query names them).");
        Field(x => x.MonthlyIncome, nullable: true).Description("The household's total monthly income in yuan, where known.");
        Field<HousingConditionType>("housingCondition").Resolve(ctx => ctx.Source.HousingCondition);
        Field(x => x.HasFamilySupport, nullable: true).Description("False when no relative supports the household (无赡养人); none when not recorded.");
        Field(x => x.RegisteredAt);
        Field<GeoJsonPointType>("location").Description("The exact point. Personal.").Resolve(ctx => Personal(ctx, "location", v => v.Household.Location));
        Field<StringGraphType>("headName").Description("Personal.").Resolve(ctx => Personal(ctx, "headName", v => v.Data?.HeadName));
        Field<StringGraphType>("phone").Description("Personal.").Resolve(ctx => Personal(ctx, "phone", v => v.Data?.Phone));
        Field<StringGraphType>("idNumber").Description("Personal.").Resolve(ctx => Personal(ctx, "idNumber", v => v.Data?.IdNumber));
        Field<StringGraphType>("address").Description("Personal.").Resolve(ctx => Personal(ctx, "address", v => v.Data?.Address));
        Field<ListGraphType<NonNullGraphType<HouseholdMemberType>>>("members")
            .Description("The persons of the household, the head first. Personal.")
            .Argument<BooleanGraphType>("includeRemoved", "Also those removed, with when and why.", a => a.DefaultValue = false)
            .Resolve(ctx =>
            {
                var all = ctx.Service<PersonalDataGuard>().RevealMembers(ctx.Source.Id);
                return ctx.GetArgument("includeRemoved", false) ? all : all.Then(members => (IReadOnlyList<HouseholdMember>)[.. members.Where(m => m.RemovedAt is null)]);
            });
        this.AddFieldsFrom(features);
    }

    // Personal fields go through the guard, which decides, refuses or records the read.
    private static IDataLoaderResult<T> Personal<T>(IResolveFieldContext<Household> ctx, string field, Func<HouseholdPersonalView, T> read) =>
        ctx.Service<PersonalDataGuard>().Reveal(ctx.Source.Id, field, read);
}
