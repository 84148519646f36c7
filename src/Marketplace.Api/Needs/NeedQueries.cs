using Marketplace.Api.Privacy;
using Marketplace.Core.Categories;
using Marketplace.Core.Common.Paging;
using Marketplace.Core.Needs;

namespace Marketplace.Api.Needs;

public static class NeedQueries
{
    public static void AddNeedQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<NeedConnectionType>>("needs")
            .Description($"The needs list, filtered and paged (at most {PageRequest.MaxPageSize} a page).")
            .Argument<NeedFilterInputType>("filter")
            .Argument<IntGraphType>("first", $"Page size, 0 to {PageRequest.MaxPageSize}; {PageRequest.DefaultPageSize} when not given.")
            .Argument<StringGraphType>("after", "The 'endCursor' of the previous page.")
            .Argument<NeedOrderType>("orderBy")
            .ResolveAsync(async ctx =>
            {
                var viewer = ctx.Viewer();
                var requested = ctx.GetArgument<NeedFilterInput?>("filter")?.ToFilter(viewer) ?? new NeedFilter();
                var filter = NeedAccess.Restrict(viewer, requested);
                var page = new PageRequest(ctx.GetArgument<int?>("first"), ctx.GetArgument<string?>("after"));
                var result = await ctx.Service<NeedSearch>().SearchAsync(filter, ctx.GetArgument<NeedOrder?>("orderBy"), page, ctx.CancellationToken);
                if (NeedAccess.MeasuresExactDistances(filter)) ctx.Service<PersonalDataGuard>().Record(result.Items.Select(i => i.Node.Need.HouseholdId), "distance");
                return result;
            });

        query.Field<NeedType>("need")
            .Description("One need by id; null when there is none. Outside your area: FORBIDDEN.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(ctx => ctx.LoadReadableNeed(ctx.GetGuidArgument("id")));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CaseworkerType>>>>("caseworkersForNeed")
            .Description("The active social workers whose area covers the need, the least busy first: whom an officer may reassign it to. Officers of its sub-district and admins.")
            .Argument<NonNullGraphType<IdGraphType>>("needId")
            .ResolveAsync(async ctx => await ctx.Service<CaseworkerDirectory>().ForNeedAsync(
                ctx.Viewer(), ctx.GetGuidArgument("needId"), ctx.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<NeedCategoryType>>>>("categories")
            .AllowAnonymous()
            .Description("The need taxonomy, parents before children; the categories still offered unless asked for retired ones too. Changes show within a minute.")
            .Argument<BooleanGraphType>("includeRetired", "Also the categories no longer offered for new needs and resources.", a => a.DefaultValue = false)
            .ResolveAsync(async ctx =>
            {
                var all = await ctx.Service<CategoryTaxonomy>().AllAsync(ctx.CancellationToken);
                return ctx.GetArgument("includeRetired", false) ? all : all.Where(c => c.RetiredAt is null).ToList();
            });
    }
}
