using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Marketplace.Api.GraphQL;
using Marketplace.Api.GraphQL.BatchLoading;
using Marketplace.Api.GraphQL.Types;
using Marketplace.Api.Needs;
using Marketplace.Api.Regions;
using Marketplace.Core.Households;

namespace Marketplace.Api.Households;

public sealed class HouseholdType : ObjectGraphType<Household>
{
    public HouseholdType()
    {
        Name = "Household";
        Description = "The one file per household (一户一档).";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field(x => x.CommunityCode);
        Field<NonNullGraphType<RegionType>>("community").Resolve(ctx => ctx.Service<RegionLoaders>().ByCode.Load(ctx.Source.CommunityCode));
        Field(x => x.MemberCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssistanceStatusType>>>>("assistanceStatuses")
            .Resolve(ctx => Enum.GetValues<AssistanceStatus>().Where(s => s != AssistanceStatus.None && ctx.Source.AssistanceStatus.HasFlag(s)).ToList());
        Field<NonNullGraphType<RiskLevelType>>("riskLevel").Resolve(ctx => ctx.Source.RiskLevel);
        Field(x => x.Labels);
        Field(x => x.RegisteredAt);
        Field<NonNullGraphType<GeoJsonPointType>>("location").Description("The exact point. Personal.").Resolve(ctx => ctx.Source.Location);
        Field<StringGraphType>("headName").Description("Personal.").Resolve(ctx => Personal(ctx).Then(p => p?.HeadName));
        Field<StringGraphType>("phone").Description("Personal.").Resolve(ctx => Personal(ctx).Then(p => p?.Phone));
        Field<StringGraphType>("idNumber").Description("Personal.").Resolve(ctx => Personal(ctx).Then(p => p?.IdNumber));
        Field<StringGraphType>("address").Description("Personal.").Resolve(ctx => Personal(ctx).Then(p => p?.Address));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NeedType>>>>("needs")
            .Description("Newest first.")
            .Resolve(ctx => ctx.Service<NeedLoaders>().ByHousehold.Load(ctx.Source.Id));
    }

    private static IDataLoaderResult<HouseholdPersonalData?> Personal(IResolveFieldContext<Household> ctx) =>
        ctx.Service<HouseholdLoaders>().PersonalData.Load(ctx.Source.Id);
}
