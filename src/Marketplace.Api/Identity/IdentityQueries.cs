using GraphQL;
using GraphQL.Types;
using Marketplace.Api.GraphQL;
using Marketplace.Core.Identity;

namespace Marketplace.Api.Identity;

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

public sealed class PersonalDataReadType : ObjectGraphType<PersonalDataRead>
{
    public PersonalDataReadType()
    {
        Name = "PersonalDataRead";
        Description = "One read of a household's personal data.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field(x => x.At);
        Field(x => x.Reader).Description("The login of who read it.");
        Field<NonNullGraphType<IdGraphType>>("householdId").Resolve(ctx => ctx.Source.HouseholdId);
        Field(x => x.Field).Description("The field read, e.g. headName, location, privateDescription.");
    }
}

public static class IdentityQueries
{
    public static void AddIdentityQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ViewerType>>("me").Resolve(ctx => ctx.Service<CurrentViewer>().Get());

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonalDataReadType>>>>("personalDataReads")
            .Description("Who read the personal data of the region's households, newest first (at most 100).")
            .AuthorizeWithRoles(Role.SubDistrictOfficer.ClaimValue(), Role.Admin.ClaimValue())
            .Argument<NonNullGraphType<StringGraphType>>("regionCode")
            .Argument<IntGraphType>("first", "1 to 100; 50 when not given.")
            .ResolveAsync(async ctx => await ctx.Service<PersonalDataReads>().LogAsync(
                ctx.Service<CurrentViewer>().Get(), ctx.GetArgument<string>("regionCode"), ctx.GetArgument("first", 50), ctx.CancellationToken));
    }
}
