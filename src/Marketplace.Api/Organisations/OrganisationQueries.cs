using Marketplace.Core.Organisations;

namespace Marketplace.Api.Organisations;

public static class OrganisationQueries
{
    public static void AddOrganisationQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganisationType>>>>("organisations")
            .Description("Donor units and social organisations, by name.")
            .Argument<OrganisationKindType>("kind")
            .Argument<StringGraphType>("regionCode", "A region at any level, its descendants included.")
            .Argument<BooleanGraphType>("verified")
            .ResolveAsync(async ctx => await ctx.Service<OrganisationDirectory>().ListAsync(
                ctx.GetArgument<OrganisationKind?>("kind"), ctx.GetArgument<string?>("regionCode"), ctx.GetArgument<bool?>("verified"), ctx.CancellationToken));

        query.Field<OrganisationType>("organisation")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(ctx => ctx.LoadById<Organisation, Guid>(ctx.GetGuidArgument("id")));
    }
}
