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
            .Argument<BooleanGraphType>("suspended")
            .ResolveAsync(async ctx => await ctx.Service<OrganisationDirectory>().ListAsync(
                ctx.GetArgument<OrganisationKind?>("kind"), ctx.GetArgument<string?>("regionCode"), ctx.GetArgument<bool?>("verified"),
                ctx.GetArgument<bool?>("suspended"), ctx.CancellationToken));

        query.Field<OrganisationType>("organisation")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(ctx => ctx.LoadById<Organisation, Guid>(ctx.GetGuidArgument("id")));
    }

    public static void AddOrganisationStanding(this ObjectGraphType mutation)
    {
        mutation.CommandOn<OrganisationType, Organisation>("verifyOrganisation",
            "An officer of the organisation's area or an admin verifies it; a suspended one is reinstated and its held resources open again.", "organisationId",
            (ctx, viewer, id, key) => ctx.Service<OrganisationStanding>().VerifyAsync(viewer, id, key, ctx.CancellationToken));

        mutation.CommandOn<OrganisationType, Organisation>("suspendOrganisation",
                "An officer of the organisation's area or an admin suspends it: its open resources are held (no longer suggested, no new matches); accepted matches stand and are listed in matchesToFollowUp.",
                "organisationId",
                (ctx, viewer, id, key) => ctx.Service<OrganisationStanding>().SuspendAsync(viewer, id, ctx.GetArgument<string>("reason"), key, ctx.CancellationToken))
            .Argument<NonNullGraphType<StringGraphType>>("reason", "Its staff read it.");
    }
}
