using Marketplace.Core.Common.Paging;

namespace Marketplace.Api.GraphQL.Paging;

/// <summary>
/// A cursor connection over a page of search hits (<typeparamref name="THit"/>), each wrapping
/// one node of <typeparamref name="TNodeType"/>.
/// </summary>
public abstract class ConnectionType<TNodeType, TEdgeType, THit> : ObjectGraphType<Page<THit>>
    where TNodeType : IGraphType
    where TEdgeType : IGraphType
{
    protected ConnectionType(string nodeName, Func<THit, object> node)
    {
        Name = $"{nodeName}Connection";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TEdgeType>>>>("edges").Resolve(ctx => ctx.Source.Items);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes").Resolve(ctx => ctx.Source.Items.Select(i => node(i.Node)));
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(ctx => PageInfo.Of(ctx.Source));
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("How many items match the filter, over all pages. Costs a count: ask only when shown.")
            .ResolveAsync(async ctx => await ctx.Source.CountTotalAsync(ctx.CancellationToken));
    }
}

/// <summary>An edge: a node, its cursor and, for searches with a location, its distance.</summary>
public abstract class EdgeType<TNodeType, THit> : ObjectGraphType<PageItem<THit>>
    where TNodeType : IGraphType
{
    protected EdgeType(string nodeName, Func<THit, object> node, Func<THit, double?> distanceMeters)
    {
        Name = $"{nodeName}Edge";
        Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(ctx => ctx.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Resolve(ctx => node(ctx.Source.Node));
        Field<FloatGraphType>("distanceMeters")
            .Description("Geodesic distance from the filter's 'near' centre, in metres; null without one.")
            .Resolve(ctx => distanceMeters(ctx.Source.Node));
    }
}
