using GraphQL.Types;
using Marketplace.Api.GraphQL;
using Marketplace.Api.GraphQL.BatchLoading;
using Marketplace.Api.GraphQL.Types;
using Marketplace.Api.Households;
using Marketplace.Api.Regions;
using Marketplace.Core.Needs;
using MatchType = Marketplace.Api.Matching.MatchType;

namespace Marketplace.Api.Needs;

public sealed class NeedType : ObjectGraphType<Need>
{
    public NeedType()
    {
        Name = "Need";
        Description = "One item of the needs list (需求清单), tracked until it is cleared (销号).";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<NeedStatusType>>("status").Resolve(ctx => ctx.Source.Status);
        Field(x => x.CategoryCode);
        Field<NonNullGraphType<NeedCategoryType>>("category").Resolve(ctx => ctx.Service<NeedLoaders>().Category.Load(ctx.Source.CategoryCode));
        Field(x => x.RegionCode).Description("The household's community.");
        Field<NonNullGraphType<RegionType>>("region").Resolve(ctx => ctx.Service<RegionLoaders>().ByCode.Load(ctx.Source.RegionCode));
        Field(x => x.PublicSummary).Description("What may be shown to donors: no names, no addresses.");
        Field(x => x.PrivateDescription, nullable: true).Description("Personal detail, for the household's caseworkers only.");
        Field(x => x.Quantity, nullable: true);
        Field(x => x.Unit, nullable: true);
        Field<NonNullGraphType<UrgencyType>>("urgency").Resolve(ctx => ctx.Source.Urgency);
        Field(x => x.DueDate, nullable: true);
        Field(x => x.IsRecurring);
        Field(x => x.ReportedAt);
        Field(x => x.ReportedBy);
        Field(x => x.ClaimedBy, nullable: true).Description("The social worker holding the need.");
        Field(x => x.ClaimedAt, nullable: true);
        Field(x => x.ClearedAt, nullable: true).Description("When it was cleared (销号); counts for clearance rates.");
        Field(x => x.ClearanceNote, nullable: true);
        Field(x => x.CancellationReason, nullable: true);
        Field<NonNullGraphType<GeoJsonPointType>>("location").Description("The household's exact point.").Resolve(ctx => ctx.Source.Location);
        Field<NonNullGraphType<GeoJsonPointType>>("approximateLocation")
            .Description("The community's centroid: where the need is, without where the household lives.")
            .Resolve(ctx => ctx.Service<RegionLoaders>().ByCode.Load(ctx.Source.RegionCode).Then(r => r?.Centroid));
        Field<NonNullGraphType<HouseholdType>>("household").Resolve(ctx => ctx.Service<HouseholdLoaders>().ById.Load(ctx.Source.HouseholdId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MatchType>>>>("matches").Resolve(ctx => ctx.Service<NeedLoaders>().Matches.Load(ctx.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NeedEventType>>>>("timeline")
            .Description("Every change, oldest first.")
            .Resolve(ctx => ctx.Service<NeedLoaders>().Timeline.Load(ctx.Source.Id));
    }
}
