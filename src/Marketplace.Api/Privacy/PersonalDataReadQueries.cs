using Marketplace.Core.Households;

namespace Marketplace.Api.Privacy;

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

public static class PersonalDataReadQueries
{
    public static void AddPersonalDataReadQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonalDataReadType>>>>("personalDataReads")
            .Description("Who read the personal data of the region's households, newest first (at most 100).")
            .AuthorizeWithRoles(Role.SubDistrictOfficer.ClaimValue(), Role.Admin.ClaimValue())
            .Argument<NonNullGraphType<StringGraphType>>("regionCode")
            .Argument<IntGraphType>("first", "1 to 100; 50 when not given.")
            .ResolveAsync(async ctx => await ctx.Service<PersonalDataLog>().LogAsync(
                ctx.Viewer(), ctx.GetArgument<string>("regionCode"), ctx.GetArgument("first", 50), ctx.CancellationToken));
}
