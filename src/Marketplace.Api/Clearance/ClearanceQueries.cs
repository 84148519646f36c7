using Marketplace.Api.Needs;
using Marketplace.Api.Privacy;
using Marketplace.Api.Regions;
using Marketplace.Core.Clearance;
using Marketplace.Core.Common.Paging;
using Marketplace.Core.Needs;
using Marketplace.Core.Regions;

namespace Marketplace.Api.Clearance;

public static class ClearanceQueries
{
    public static void AddClearanceQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ClearanceStatsType>>("clearanceStats")
            .Description("Of the needs collected in a region and period, how many are cleared, open, overdue and cancelled now, and how fast they were cleared; with a breakdown. Caseworkers of the region, organisations, admins.")
            .Argument<NonNullGraphType<StringGraphType>>("regionCode", "A region at any level; everything under it counts.")
            .Argument<DateOnlyGraphType>("from", "First day of collection (China time), included; from the beginning when not given.")
            .Argument<DateOnlyGraphType>("to", "Last day of collection, included; up to now when not given.")
            .Argument<ClearanceGroupByType>("groupBy", "The breakdown in 'groups'; none when not given.")
            .ResolveAsync(async ctx => await ctx.Service<ClearanceReport>().StatsAsync(
                ctx.Viewer(), ctx.GetArgument<string>("regionCode"), PeriodOf(ctx),
                ctx.GetArgument<ClearanceGrouping?>("groupBy"), ctx.CancellationToken));

        query.Field<NonNullGraphType<NeedConnectionType>>("overdueNeeds")
            .Description("Open needs of a region past their due date, the longest overdue first; 'claimedBy' says who holds each. For caseworkers of the region.")
            .Argument<NonNullGraphType<StringGraphType>>("regionCode")
            .Argument<IntGraphType>("first", $"Page size, 0 to {PageRequest.MaxPageSize}; {PageRequest.DefaultPageSize} when not given.")
            .Argument<StringGraphType>("after", "The 'endCursor' of the previous page.")
            .ResolveAsync(async ctx =>
            {
                var viewer = ctx.Viewer();
                NeedAccess.EnsureCaseworker(viewer, "overdue list");
                var filter = NeedAccess.Restrict(viewer, new NeedFilter
                {
                    RegionCode = ctx.GetArgument<string>("regionCode"),
                    Statuses = NeedStatuses.Open,
                    DueBefore = ReportingCalendar.Today(ctx.Service<TimeProvider>()),
                });
                var page = new PageRequest(ctx.GetArgument<int?>("first"), ctx.GetArgument<string?>("after"));
                return await ctx.Service<NeedSearch>().SearchAsync(filter, NeedOrder.DueSoonest, page, ctx.CancellationToken);
            });

        query.Field<NonNullGraphType<NeedsMapType>>("needsMap")
            .Description("The region's needs on a map, as a GeoJSON FeatureCollection: its areas with their figures (for a choropleth), and open needs as points for those who may locate households. Donors get the areas only.")
            .Argument<NonNullGraphType<StringGraphType>>("regionCode")
            .Argument<RegionLevelType>("level", "The areas to draw: SUB_DISTRICT or COMMUNITY; the level below the region when not given.")
            .Argument<BooleanGraphType>("needPoints", "False for the areas alone (a choropleth); true by default.", a => a.DefaultValue = true)
            .ResolveAsync(async ctx =>
            {
                var map = await ctx.Service<NeedsMapQuery>().MapAsync(
                    ctx.Viewer(), ctx.GetArgument<string>("regionCode"), ctx.GetArgument<RegionLevel?>("level"),
                    ctx.GetArgument("needPoints", true), ctx.CancellationToken);
                if (map.Points is { } points) ctx.Service<PersonalDataGuard>().Record(points.Select(p => p.HouseholdId), "location");
                return map;
            });

        query.Field<NonNullGraphType<CoverageGapsType>>("coverageGaps")
            .Description("Open needs of a region that no resource or project within reach could serve today, by category and community: where to recruit donors.")
            .Argument<NonNullGraphType<StringGraphType>>("regionCode")
            .ResolveAsync(async ctx => await ctx.Service<CoverageGapQuery>().GapsAsync(
                ctx.Viewer(), ctx.GetArgument<string>("regionCode"), ctx.CancellationToken));

        query.Field<NonNullGraphType<DonorImpactType>>("donorImpact")
            .Description("An organisation's report for its board: households served, units delivered and needs cleared with its resources and projects, anonymised. Its own staff, officers and admins.")
            .Argument<NonNullGraphType<IdGraphType>>("organisationId")
            .Argument<DateOnlyGraphType>("from", "First day of delivery (China time), included.")
            .Argument<DateOnlyGraphType>("to", "Last day of delivery, included.")
            .ResolveAsync(async ctx => await ctx.Service<DonorImpactQuery>().ImpactAsync(
                ctx.Viewer(), ctx.GetGuidArgument("organisationId"), PeriodOf(ctx), ctx.CancellationToken));
    }

    private static ReportingPeriod PeriodOf(IResolveFieldContext ctx) =>
        ReportingPeriod.Validated(ctx.GetArgument<DateOnly?>("from"), ctx.GetArgument<DateOnly?>("to"));
}
