namespace Marketplace.Api.Accounts;

public sealed class ViewerType : ObjectGraphType<Viewer>
{
    public ViewerType()
    {
        Name = "Viewer";
        Description = "Who is signed in, with their role and scope.";
        Field(x => x.Login);
        Field<NonNullGraphType<StringGraphType>>("role").Description("DONOR, SOCIAL_ORG, COMMUNITY_STAFF, SOCIAL_WORKER, SUBDISTRICT_OFFICER or ADMIN.").Resolve(ctx => ctx.Source.Role.ClaimValue());
        Field(x => x.RegionCode, nullable: true).Description("For staff, social workers and officers: their region, descendants included.");
        Field<IdGraphType>("organisationId").Description("For donors and social organisations.").Resolve(ctx => ctx.Source.OrganisationId);
    }
}

public static class AccountQueries
{
    public static void AddAccountQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<ViewerType>>("me").Resolve(ctx => ctx.Viewer());
}
