using Marketplace.Api.Households;
using Marketplace.Api.Privacy;
using Marketplace.Api.Regions;
using Marketplace.Core.Cohorts;
using Marketplace.Core.Households;
using Marketplace.Core.Common.Paging;
using Marketplace.Core.Regions;

namespace Marketplace.Api.Cohorts;

public static class CohortQueries
{
    private static readonly string[] Caseworkers =
        [Role.CommunityStaff.ClaimValue(), Role.SocialWorker.ClaimValue(), Role.SubDistrictOfficer.ClaimValue(), Role.Admin.ClaimValue()];

    public static void AddCohortQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<HouseholdConnectionType>>("households")
            .Description($"Cohort search of the registry: the households of your area meeting the filter, the most at risk first, paged (at most {PageRequest.MaxPageSize} a page). Community staff, social workers and officers within their area; admins everywhere. Files merged into another are left out unless asked for. Their identity stays personal data, field by field.")
            .AuthorizeWithRoles(Caseworkers)
            .Argument<HouseholdFilterInputType>("filter")
            .Argument<IntGraphType>("first", $"Page size, 0 to {PageRequest.MaxPageSize}; {PageRequest.DefaultPageSize} when not given.")
            .Argument<StringGraphType>("after", "The 'endCursor' of the previous page.")
            .ResolveAsync(async ctx =>
            {
                var filter = ctx.GetArgument<HouseholdFilterInput?>("filter")?.ToFilter() ?? new HouseholdFilter();
                var page = new PageRequest(ctx.GetArgument<int?>("first"), ctx.GetArgument<string?>("after"));
                var result = await ctx.Service<HouseholdSearch>().SearchAsync(ctx.Viewer(), filter, page, ctx.CancellationToken);
                // Matching on members' data tells something of each household found: a read, as a distance is.
                if (filter.ReadsMembers) ctx.Service<PersonalDataGuard>().Record(result.Items.Select(i => i.Node.Id), "members");
                return result;
            });

        query.Field<HouseholdType>("household")
            .AuthorizeWithRoles(Caseworkers)
            .Description("One household's file by id, for the caseworkers of its area and admins; null when there is none. A merged file's mergedInto says where it went.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async ctx =>
            {
                var viewer = ctx.Viewer();
                CohortAccess.EnsureCaseworker(viewer);
                var id = ctx.GetGuidArgument("id");
                var household = (await ctx.Service<KeyedReads>().ByPrimaryKeyAsync<Household, Guid>([id], ctx.CancellationToken)).GetValueOrDefault(id);
                if (household is not null && viewer.IsRegionScoped) viewer.EnsureCovers(household.CommunityCode);
                return household;
            });

        query.Field<NonNullGraphType<HouseholdsMapType>>("householdsMap")
            .Description("The household layer of the poverty map, as a GeoJSON FeatureCollection: the region's areas with their households by risk level and assistance status (a choropleth), and, when asked, HIGH-risk households as points for those who may locate households. Caseworkers within their area, admins; not organisations.")
            .AuthorizeWithRoles(Caseworkers)
            .Argument<NonNullGraphType<StringGraphType>>("regionCode")
            .Argument<RegionLevelType>("level", "The areas to draw: SUB_DISTRICT or COMMUNITY; the level below the region when not given.")
            .Argument<BooleanGraphType>("highRiskPoints", $"Also HIGH-risk households as points (at most {HouseholdsMapQuery.MaxPoints}), for community staff, officers and admins; false by default.", a => a.DefaultValue = false)
            .ResolveAsync(async ctx =>
            {
                var map = await ctx.Service<HouseholdsMapQuery>().MapAsync(
                    ctx.Viewer(), ctx.GetArgument<string>("regionCode"), ctx.GetArgument<RegionLevel?>("level"),
                    ctx.GetArgument("highRiskPoints", false), ctx.CancellationToken);
                if (map.Points is { } points) ctx.Service<PersonalDataGuard>().Record(points.Select(p => p.HouseholdId), "location");
                return map;
            });
    }
}
