using Marketplace.Api.Organisations;
using Marketplace.Api.Regions;
using Marketplace.Core.Onboarding;
using Marketplace.Core.Organisations;
using Marketplace.Core.Regions;

namespace Marketplace.Api.Onboarding;

public sealed class ApplicationStatusType : EnumerationGraphType<ApplicationStatus>
{
    public ApplicationStatusType() => Name = "ApplicationStatus";
}

public sealed class OrganisationApplicationType : ObjectGraphType<OrganisationApplication>
{
    public OrganisationApplicationType()
    {
        Name = "OrganisationApplication";
        Description = "An organisation's application to join, PENDING until an officer of its sub-district or an admin decides.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field(x => x.Reference).Description("Keep it: with it the outcome is readable without an account (organisationApplication).");
        Field(x => x.Name);
        Field<NonNullGraphType<OrganisationKindType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<ApplicationStatusType>>("status").Resolve(ctx => ctx.Source.Status);
        Field(x => x.RegionCode).Description("The community it is in.");
        Field<NonNullGraphType<RegionType>>("region").Resolve(ctx => ctx.LoadById<Region, string>(ctx.Source.RegionCode));
        Field(x => x.SubmittedAt);
        Field(x => x.DecidedAt, nullable: true);
        Field(x => x.RejectionReason, nullable: true).Description("Why it was rejected.");
        Field(x => x.StaffLogin, nullable: true).Description("Once approved: the login of the organisation's first staff account.");
        Field<OrganisationType>("organisation").Description("Once approved.").Resolve(ctx =>
            ctx.Source.OrganisationId is { } id ? ctx.LoadById<Organisation, Guid>(id) : null);
        Field<StringGraphType>("creditCode").Description("For those who decide it.").Resolve(ctx => Applicant(ctx, a => a.CreditCode));
        Field<StringGraphType>("address").Description("For those who decide it.").Resolve(ctx => Applicant(ctx, a => a.Address));
        Field<StringGraphType>("contactName").Description("For those who decide it.").Resolve(ctx => Applicant(ctx, a => a.ContactName));
        Field<StringGraphType>("contactPhone").Description("For those who decide it.").Resolve(ctx => Applicant(ctx, a => a.ContactPhone));
        Field<StringGraphType>("description").Description("What the applicant said it does and offers. For those who decide it.")
            .Resolve(ctx => Applicant(ctx, a => a.Description));
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("categoryCodes").Description("What it can offer. For those who decide it.")
            .Resolve(ctx => Applicant(ctx, a => a.CategoryCodes));
    }

    private static T Applicant<T>(IResolveFieldContext<OrganisationApplication> ctx, Func<OrganisationApplication, T> read) =>
        OrganisationApplications.MaySeeApplicant(ctx.Service<CurrentViewer>().Find(), ctx.Source)
            ? read(ctx.Source)
            : throw new ForbiddenException("What an applicant said of itself is for the officers of its sub-district and admins.");
}

public sealed class OrganisationApplicationInputType : InputObjectGraphType<OrganisationApplicationArguments>
{
    public OrganisationApplicationInputType()
    {
        Name = "OrganisationApplicationInput";
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<NonNullGraphType<OrganisationKindType>>("kind");
        Field<NonNullGraphType<StringGraphType>>("creditCode").Description("统一社会信用代码: 18 characters, checked by its last (GB 32100-2015).");
        Field<NonNullGraphType<StringGraphType>>("regionCode").Description("The community (社区/村) it is in.");
        Field<NonNullGraphType<FloatGraphType>>("latitude");
        Field<NonNullGraphType<FloatGraphType>>("longitude");
        Field<NonNullGraphType<StringGraphType>>("address");
        Field<NonNullGraphType<StringGraphType>>("contactName");
        Field<NonNullGraphType<StringGraphType>>("contactPhone");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("categoryCodes").Description("What it can offer.").DefaultValue(new List<string>());
        Field<StringGraphType>("description");
    }
}

public sealed class OrganisationApplicationArguments
{
    public string Name { get; set; } = "";
    public OrganisationKind Kind { get; set; }
    public string CreditCode { get; set; } = "";
    public string RegionCode { get; set; } = "";
    public double Latitude { get; set; }
    public double Longitude { get; set; }
    public string Address { get; set; } = "";
    public string ContactName { get; set; } = "";
    public string ContactPhone { get; set; } = "";
    public List<string> CategoryCodes { get; set; } = [];
    public string? Description { get; set; }

    public OrganisationApplicationInput ToInput() =>
        new(Name, Kind, CreditCode, RegionCode, Latitude, Longitude, Address, ContactName, ContactPhone, CategoryCodes, Description);
}
