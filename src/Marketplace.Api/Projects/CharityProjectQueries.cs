using Marketplace.Core.Projects;

namespace Marketplace.Api.Projects;

public sealed class CharityProjectFilterInput
{
    public string? RegionCode { get; set; }
    public List<string>? Categories { get; set; }
    public List<CharityProjectStatus>? Statuses { get; set; }
    public string? OrganisationId { get; set; }
}

public sealed class CharityProjectFilterInputType : InputObjectGraphType<CharityProjectFilterInput>
{
    public CharityProjectFilterInputType()
    {
        Name = "CharityProjectFilter";
        Field<StringGraphType>("regionCode").Description("Projects serving this region: targeting it, a region above it or a part of it.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("categories").Description("Category codes; a category includes its sub-categories.");
        Field<ListGraphType<NonNullGraphType<CharityProjectStatusType>>>("statuses");
        Field<IdGraphType>("organisationId");
    }
}

public static class CharityProjectQueries
{
    public static void AddCharityProjectQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CharityProjectType>>>>("charityProjects")
            .Description("Charity projects, earliest start first.")
            .Argument<CharityProjectFilterInputType>("filter")
            .ResolveAsync(async ctx =>
            {
                var input = ctx.GetArgument<CharityProjectFilterInput?>("filter") ?? new CharityProjectFilterInput();
                var filter = new CharityProjectFilter
                {
                    RegionCode = input.RegionCode,
                    CategoryCodes = input.Categories,
                    Statuses = input.Statuses,
                    OrganisationId = Ids.ParseOptional(input.OrganisationId, "organisationId"),
                };
                return await ctx.Service<CharityProjectDirectory>().ListAsync(filter, ctx.CancellationToken);
            });

        query.Field<CharityProjectType>("charityProject")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(ctx => ctx.LoadById<CharityProject, Guid>(ctx.GetGuidArgument("id")));
    }
}
