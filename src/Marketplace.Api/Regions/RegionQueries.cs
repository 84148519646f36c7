using Marketplace.Core.Regions;

namespace Marketplace.Api.Regions;

public static class RegionQueries
{
    public static void AddRegionQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionType>>>>("regions")
            .AllowAnonymous()
            .Description("The region tree: the districts, or the children of 'parentCode'. Walk down with 'children'.")
            .Argument<StringGraphType>("parentCode")
            .ResolveAsync(async ctx =>
            {
                var parent = ctx.GetArgument<string?>("parentCode");
                var directory = ctx.Service<RegionDirectory>();
                if (parent is not null) await directory.GetAsync(parent, ctx.CancellationToken);
                return await directory.ChildrenAsync(parent, ctx.CancellationToken);
            });

        query.Field<RegionType>("region")
            .AllowAnonymous()
            .Description("One region by its 12-digit code; null when there is none.")
            .Argument<NonNullGraphType<StringGraphType>>("code")
            .ResolveAsync(async ctx => await ctx.Service<RegionDirectory>().FindAsync(ctx.GetArgument<string>("code"), ctx.CancellationToken));
    }
}
