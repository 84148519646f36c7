using Marketplace.Api.GraphQL.Types;
using Marketplace.Core.Common.Paging;
using Marketplace.Core.Resources;

namespace Marketplace.Api.Resources;

public sealed class ResourceFilterInput
{
    public string? OrganisationId { get; set; }
    public List<string>? Categories { get; set; }
    public List<ResourceKind>? Kinds { get; set; }
    public List<ResourceStatus>? Statuses { get; set; }
    public NearInput? Near { get; set; }
}

public sealed class ResourceFilterInputType : InputObjectGraphType<ResourceFilterInput>
{
    public ResourceFilterInputType()
    {
        Name = "ResourceFilter";
        Field<IdGraphType>("organisationId");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("categories").Description("Category codes; a category includes its sub-categories.");
        Field<ListGraphType<NonNullGraphType<ResourceKindType>>>("kinds");
        Field<ListGraphType<NonNullGraphType<ResourceStatusType>>>("statuses");
        Field<NearInputType>("near").Description("Only resources within this circle, nearest first.");
    }
}

public static class ResourceQueries
{
    public static void AddResourceQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ResourceConnectionType>>("resources")
            .Description("Resources, newest first, or nearest first with 'filter.near'.")
            .Argument<ResourceFilterInputType>("filter")
            .Argument<IntGraphType>("first", $"Page size, 0 to {PageRequest.MaxPageSize}; {PageRequest.DefaultPageSize} when not given.")
            .Argument<StringGraphType>("after", "The 'endCursor' of the previous page.")
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<ResourceFilterInput?>("filter") ?? new ResourceFilterInput();
                var filter = new ResourceFilter
                {
                    OrganisationId = Ids.ParseOptional(input.OrganisationId, "organisationId"),
                    CategoryCodes = input.Categories,
                    Kinds = input.Kinds,
                    Statuses = input.Statuses,
                    Near = input.Near?.ToCircle(),
                };
                var page = new PageRequest(ctx.GetArgument<int?>("first"), ctx.GetArgument<string?>("after"));
                return await ctx.Service<ResourceSearch>().SearchAsync(filter, page, ctx.CancellationToken);
            });

        query.Field<ResourceType>("resource")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(ctx => ctx.LoadById<Resource, Guid>(ctx.GetGuidArgument("id")));
    }

}
