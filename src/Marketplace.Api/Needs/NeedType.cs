using Marketplace.Api.GraphQL.Types;
using Marketplace.Api.Households;
using Marketplace.Api.Privacy;
using Marketplace.Api.Regions;
using Marketplace.Core.Categories;
using Marketplace.Core.Households;
using Marketplace.Core.Needs;
using Marketplace.Core.Regions;

namespace Marketplace.Api.Needs;

public sealed class NeedType : ObjectGraphType<Need>
{
    public NeedType(IEnumerable<FieldsOf<NeedType>> features)
    {
        Name = "Need";
        Description = "One item of the needs list (需求清单), tracked until it is cleared (销号).";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<NeedStatusType>>("status").Resolve(ctx => ctx.Source.Status);
        Field(x => x.CategoryCode);
        Field<NonNullGraphType<NeedCategoryType>>("category").Resolve(ctx => ctx.LoadById<NeedCategory, string>(ctx.Source.CategoryCode));
        Field(x => x.RegionCode).Description("The household's community.");
        Field<NonNullGraphType<RegionType>>("region").Resolve(ctx => ctx.LoadById<Region, string>(ctx.Source.RegionCode));
        Field(x => x.PublicSummary).Description("What may be shown to donors: no names, no addresses.");
        Field<StringGraphType>("privateDescription")
            .Description("Personal. For the household's community staff, the social worker holding the need, its officers and admins.")
            .Resolve(ctx => ctx.Service<PersonalDataGuard>().Reveal(ctx.Source, "privateDescription", ctx.Source.PrivateDescription));
        Field(x => x.Quantity, nullable: true);
        Field(x => x.Unit, nullable: true);
        Field<NonNullGraphType<UrgencyType>>("urgency").Resolve(ctx => ctx.Source.Urgency);
        Field(x => x.DueDate, nullable: true);
        Field(x => x.IsRecurring);
        Field(x => x.ReportedAt);
        Field<StringGraphType>("reportedBy").Description("For caseworkers.").Resolve(ctx => ForCaseworkers(ctx, "reporter", () => ctx.Source.ReportedBy));
        Field<StringGraphType>("claimedBy").Description("The social worker holding the need. For caseworkers.")
            .Resolve(ctx => ForCaseworkers(ctx, "holder", () => ctx.Source.ClaimedBy));
        Field(x => x.ClaimedAt, nullable: true);
        Field(x => x.ClearedAt, nullable: true).Description("When it was cleared (销号); counts for clearance rates.");
        // Free text written about the household: as much its caseworkers' business as the timeline.
        Field<StringGraphType>("clearanceNote").Description("For caseworkers.").Resolve(ctx => ForCaseworkers(ctx, "clearance note", () => ctx.Source.ClearanceNote));
        Field<StringGraphType>("cancellationReason").Description("For caseworkers.")
            .Resolve(ctx => ForCaseworkers(ctx, "cancellation reason", () => ctx.Source.CancellationReason));
        Field<GeoJsonPointType>("location")
            .Description("The household's exact point. Personal, as privateDescription.")
            .Resolve(ctx => ctx.Service<PersonalDataGuard>().Reveal(ctx.Source, "location", ctx.Source.Location));
        Field<NonNullGraphType<GeoJsonPointType>>("approximateLocation")
            .Description("The community's centroid: where the need is, without where the household lives.")
            .Resolve(ctx => ctx.LoadById<Region, string>(ctx.Source.RegionCode).Then(r => r?.Centroid));
        Field<HouseholdType>("household")
            .Description("For caseworkers; its personal fields only for those allowed to see them.")
            .Resolve(ctx => ForCaseworkers(ctx, "household", () => ctx.LoadById<Household, Guid>(ctx.Source.HouseholdId)));
        Field<ListGraphType<NonNullGraphType<NeedEventType>>>("timeline")
            .Description("Every change, oldest first. For caseworkers.")
            .Resolve(ctx => ForCaseworkers(ctx, "timeline", () => ctx.Service<NeedLoaders>().Timeline.Load(ctx.Source.Id)));
        this.AddFieldsFrom(features);
    }

    private static object? ForCaseworkers(IResolveFieldContext<Need> ctx, string what, Func<object?> resolve)
    {
        NeedAccess.EnsureCaseworker(ctx.Viewer(), what);
        return resolve();
    }
}
